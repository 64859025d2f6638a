#!/bin/bash
# The segmenter under bad conditions: a 100 MB document, a statement
# timeout during a long call, a missing or damaged lexicon file; and the
# lossless property over the sample reports.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=govreport_seg_limits
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" || { echo "not ok 1 - create extension"; exit 1; }
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'rm -rf "$TMP"; dropdb "$DB" 2>/dev/null' EXIT

n=0
check() {	# check NAME EXPECTED ACTUAL
	n=$((n + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		echo "#   expected: $2"
		echo "#   got:      $3"
	fi
}
q() { psql -X -q -At -d "$DB" "$@" 2>&1; }

# A 100 MB document (108 MB: 4 million sentences) segments; the element
# count is exact: each sentence gives 经济/发展/稳中求进/。
out=$(q -c "SELECT array_length(zh_segment(repeat('经济发展稳中求进。', 4000000)), 1)")
check "100 MB document segments" "16000000" "$out"

# check_cancelled NAME TEXT_SQL: segmenting TEXT_SQL's value is cancelled by
# statement_timeout (the text is built first, so the time runs out inside
# the segmenter).
check_cancelled() {
	local out r
	out=$(q <<SQL
CREATE TEMP TABLE big AS SELECT $2 AS t;
SET statement_timeout = '300ms';
SELECT array_length(zh_segment(t), 1) FROM big;
SQL
)
	case $out in *"canceling statement due to statement timeout"*) r=cancelled ;; *) r=$out ;; esac
	check "$1" "cancelled" "$r"
}
check_cancelled "statement_timeout cancels a long segmentation" "repeat('经济发展稳中求进。', 4000000)"

# Text of other scripts goes through ICU's word breaks in runs of at most
# 512 characters: 10 MB of Thai (no spaces) and Uyghur comes back whole,
# and a long call is cancelled there too.
out=$(q <<'SQL'
CREATE TEMP TABLE scripts AS
SELECT repeat('ประเทศไทยสวัสดีครับ ئۇيغۇر ئاپتونوم رايونى、བོད་ལྗོངས།', 200000) AS t;
SELECT octet_length(t) > 10000000 AND
       array_to_string(zh_segment(t), '') = replace(t, ' ', '') FROM scripts;
SQL
)
check "10 MB of Thai, Uyghur and Tibetan segments losslessly" "t" "$out"
check_cancelled "statement_timeout cancels a long segmentation of Thai" "repeat('ประเทศไทยสวัสดีครับ', 2000000)"

# Every sample report: the elements, concatenated, give the text back
# without its whitespace (Unicode's, which includes the no-break and
# ideographic spaces the web pages use; \s alone is ASCII here).
for f in "$ROOT"/test/data/*.txt; do
	out=$(F=$f q <<'SQL'
\set doc `cat "$F"`
SELECT array_to_string(zh_segment(:'doc'), '') = regexp_replace(:'doc', '[\s\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]', '', 'g');
SQL
)
	check "lossless on $(basename "$f")" "t" "$out"
done

# A missing lexicon file is a clear error, and a good setting recovers.
out=$(q <<'SQL'
SET govreport.lexicon_path = '/nonexistent/govreport.lex';
SELECT zh_segment('经济');
SQL
)
case $out in *'could not open lexicon file "/nonexistent/govreport.lex"'*) r=error ;; *) r=$out ;; esac
check "missing lexicon file: clear error" "error" "$r"

# Damaged files: a wrong header is refused on open; a damaged body is found
# by govreport_lexicon_verify().
LEX=$ROOT/tools/govreport.lex
head -c 1000 /dev/urandom > "$TMP/garbage.lex"
cp "$LEX" "$TMP/badheader.lex"
printf '\x07' | dd of="$TMP/badheader.lex" bs=1 seek=100 conv=notrunc status=none
cp "$LEX" "$TMP/badbody.lex"
printf '\x07\x07\x07\x07' | dd of="$TMP/badbody.lex" bs=1 seek=5000000 conv=notrunc status=none
head -c 5000000 "$LEX" > "$TMP/short.lex"
chmod 644 "$TMP"/*.lex

for t in garbage:"The file is not a govreport lexicon." badheader:"Its header does not match the header's checksum." \
	short:"Its size does not match the size its header gives."; do
	name=${t%%:*}
	msg=${t#*:}
	out=$(q -c "SET govreport.lexicon_path = '$TMP/$name.lex'" -c "SELECT zh_segment('经济')")
	case $out in *"is invalid"*"DETAIL:  $msg"*) r=error ;; *) r=$out ;; esac
	check "lexicon file $name: clear error" "error" "$r"
done
out=$(q -c "SET govreport.lexicon_path = '$TMP/badbody.lex'" -c "SELECT govreport_lexicon_verify()")
case $out in *"is damaged"*) r=error ;; *) r=$out ;; esac
check "damaged lexicon body found by govreport_lexicon_verify()" "error" "$r"
out=$(q -c "SET govreport.lexicon_path = '$TMP/garbage.lex'" -c "SELECT zh_segment('经济')" \
	-c "RESET govreport.lexicon_path" -c "SELECT array_to_string(zh_segment('经济发展'), '/')")
check "the session recovers after a bad file" "经济/发展" "${out##*$'\n'}"

# The lexicon file replaced while a backend has it mapped: written in place
# (cp over it, truncated, cut short) or renamed over.  Each change is noticed
# at the next document, before reading: a clean error or the new file, never
# a SIGBUS that restarts the server.
cp "$LEX" "$TMP/live.lex"
started=$(q -c "SELECT pg_postmaster_start_time()")
out=$(q <<SQL
SET govreport.lexicon_path = '$TMP/live.lex';
SELECT array_to_string(zh_segment('经济发展'), '/');
\! cp "$TMP/garbage.lex" "$TMP/live.lex"
SELECT zh_segment('经济');
\! cp "$LEX" "$TMP/live.lex"
SELECT array_to_string(zh_segment('经济发展'), '/');
\! truncate -s 0 "$TMP/live.lex"
SELECT zh_segment('经济');
\! cp "$LEX" "$TMP/live.new" && mv "$TMP/live.new" "$TMP/live.lex"
SELECT array_to_string(zh_segment('经济发展'), '/');
\! head -c 5000000 "$LEX" > "$TMP/live.lex"
SELECT zh_segment('经济');
\! cp "$LEX" "$TMP/live.new" && mv "$TMP/live.new" "$TMP/live.lex"
SELECT array_to_string(zh_segment('经济发展'), '/');
SELECT zh_normalize('經濟');
SQL
)
rows=$(grep -vE '^(ERROR|DETAIL|HINT):' <<<"$out")
check "mapped lexicon: segments, then the file is used again after each good replacement" \
	"经济/发展 经济/发展 经济/发展 经济/发展 经济" "$(echo $rows)"
check "file overwritten in place with garbage: clear error" "1" "$(grep -c 'DETAIL:  The file is not a govreport lexicon' <<<"$out")"
check "file truncated to nothing: clear error" "1" "$(grep -c 'DETAIL:  The file is too short' <<<"$out")"
check "file cut short in place: clear error" "1" "$(grep -c 'DETAIL:  Its size does not match' <<<"$out")"
check "no backend crashed (the server did not restart)" "$started" "$(q -c "SELECT pg_postmaster_start_time()")"

# The setting names a file, so only a superuser may change it.
out=$(q <<'SQL'
SELECT FROM zh_segment('');
CREATE ROLE govreport_seg_limits_user;
SET ROLE govreport_seg_limits_user;
SET govreport.lexicon_path = '/etc/passwd';
RESET ROLE;
DROP ROLE govreport_seg_limits_user;
SQL
)
case $out in *"permission denied to set parameter"*) r=refused ;; *) r=$out ;; esac
check "govreport.lexicon_path is superuser-only" "refused" "$r"

echo "1..$n"
