#!/bin/bash
# The user lexicon is a table: a word inserted by one connection reaches
# another connection's next call without reconnecting; a rolled-back insert
# has no effect; delete works; an ordinary user may edit it.
set -uo pipefail
DB=govreport_seg_userlex
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" || { echo "not ok 1 - create extension"; exit 1; }

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

S="'推进数字孪生城市建设'"
# Connection B runs all its queries in one session; connection A acts
# through \! (a separate psql) between them.
out=$(psql -X -q -At -d "$DB" <<SQL
SELECT array_to_string(zh_segment($S), '/');
\! psql -X -q -d $DB -c "INSERT INTO zh_user_lexicon VALUES ('数字孪生城市', NULL, 'n')"
SELECT array_to_string(zh_segment($S), '/');
\! psql -X -q -d $DB -c "BEGIN" -c "INSERT INTO zh_user_lexicon VALUES ('城市建设', 1e9, 'n')" -c "ROLLBACK"
SELECT array_to_string(zh_segment($S), '/');
\! psql -X -q -d $DB -c "DELETE FROM zh_user_lexicon WHERE word = '数字孪生城市'"
SELECT array_to_string(zh_segment($S), '/');
SELECT pg_backend_pid() = pg_backend_pid();
SQL
)
mapfile -t lines <<<"$out"
check "before: built-in lexicon only" "推进/数字/孪生/城市/建设" "${lines[0]:-}"
check "insert by another connection seen at next call" "推进/数字孪生城市/建设" "${lines[1]:-}"
check "rolled-back insert by another connection has no effect" "推进/数字孪生城市/建设" "${lines[2]:-}"
check "delete by another connection seen at next call" "推进/数字/孪生/城市/建设" "${lines[3]:-}"

# Inside one transaction: our own insert counts at once, and is gone after
# rollback.
out=$(psql -X -q -At -d "$DB" <<SQL
BEGIN;
INSERT INTO zh_user_lexicon VALUES ('数字孪生城市');
SELECT array_to_string(zh_segment($S), '/');
ROLLBACK;
SELECT array_to_string(zh_segment($S), '/');
SQL
)
mapfile -t lines <<<"$out"
check "own uncommitted insert used in its transaction" "推进/数字孪生城市/建设" "${lines[0]:-}"
check "own rolled-back insert forgotten" "推进/数字/孪生/城市/建设" "${lines[1]:-}"

# A prepared statement folds plainto_tsquery (immutable in core) at plan
# time; a lexicon edit resets the plan cache.  Search queries are pairs of
# characters (doc/search.md), so the query stays the same however the
# words are cut; the plan is made again all the same.
out=$(psql -X -q -At -d "$DB" <<SQL
PREPARE q AS SELECT plainto_tsquery('govreport', $S)::text = plainto_tsquery('govreport', '推进数字孪生城市建设')::text;
EXECUTE q; EXECUTE q; EXECUTE q; EXECUTE q; EXECUTE q; EXECUTE q;
\! psql -X -q -d $DB -c "INSERT INTO zh_user_lexicon VALUES ('数字孪生城市')"
EXECUTE q;
SELECT array_to_string(zh_segment($S), '/');
\! psql -X -q -d $DB -c "DELETE FROM zh_user_lexicon WHERE word = '数字孪生城市'"
EXECUTE q;
SQL
)
check "a prepared plainto_tsquery: the same pairs whatever the lexicon cuts" "t t t t t t t 推进/数字孪生城市/建设 t" "$(echo $out)"

# An ordinary user (no superuser) granted editing edits the table;
# traditional input finds the word through the fold.
out=$(psql -X -q -At -d "$DB" <<SQL 2>&1
CREATE ROLE govreport_seg_user LOGIN;
GRANT INSERT, DELETE ON zh_user_lexicon TO govreport_seg_user;
SET ROLE govreport_seg_user;
INSERT INTO zh_user_lexicon VALUES ('胶东经济圈', 1000000, 'ns');
SELECT array_to_string(zh_segment('融入膠東經濟圈'), '/');
DELETE FROM zh_user_lexicon;
RESET ROLE;
REVOKE ALL ON zh_user_lexicon FROM govreport_seg_user;
DROP ROLE govreport_seg_user;
SQL
)
check "granted non-superuser edits; traditional text matches a simplified entry" "融入/膠東經濟圈" "$out"

# Bad entries are refused by the table's checks.
out=$(psql -X -At -d "$DB" -c "INSERT INTO zh_user_lexicon VALUES ('两个 词')" 2>&1)
case $out in *violates\ check\ constraint*) r=refused ;; *) r=$out ;; esac
check "a word with whitespace is refused" "refused" "$r"

dropdb "$DB"
echo "1..$n"
