#!/bin/bash
# Word counts, the words table and the word views (doc/analysis.md), through
# govreport-load --words, psql and a real driver (psycopg2):
#  - the words table holds zh_word_counts of every report, and zh_word_stats
#    over the reports agrees with it;
#  - zh_word_stats runs the caller's query with the caller's rights;
#  - ts_stat over to_tsvector('govreport') counts index fragments, which
#    zh_word_stats does not (doc/search.md);
#  - the trend recipe for 扶贫, 脱贫, 乡村振兴 in the national reports gives
#    the counts found by reading every occurrence in the corpus (below);
#  - the views and functions return built-in column types only, and a
#    driver reads them as plain values.
# Needs a running cluster (PGHOST...) and the staged installation
# (GOVREPORT_STAGE, PG_CONFIG); the national corpus from the shared folder.
set -u
source "$(dirname "$0")/lib/tap.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
LOAD=${GOVREPORT_LOAD:-${GOVREPORT_STAGE:-}$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
DB=govreport_analysis_test
ROLE=gr_analysis_reader
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1; psql -X -q -d postgres -c "DROP ROLE IF EXISTS $ROLE" >/dev/null 2>&1' EXIT
sql() { psql -X -q -d "$DB" -tAc "$1" 2>&1; }
sql "SET client_min_messages = warning; CREATE EXTENSION govreport" >/dev/null

# --- the sample reports, with --words ---
"$LOAD" -d "$DB" -q --words "$ROOT"/test/data/*.txt
check_eq "govreport-load --words loads the sample reports" "0" "$?"
n_samples=$(ls "$ROOT"/test/data/*.txt | wc -l)
check_eq "a word count for every report" "$n_samples" "$(sql 'SELECT count(DISTINCT report_id) FROM reports_words')"
check_eq "the words table is zh_word_counts of each body" "0" "$(sql "
	SELECT count(*) FROM (
		(SELECT r.id, c.word, c.pos, c.n FROM reports r, zh_word_counts(r.body) c
		 EXCEPT SELECT report_id, word, pos, n FROM reports_words)
		UNION ALL
		(SELECT report_id, word, pos, n FROM reports_words
		 EXCEPT SELECT r.id, c.word, c.pos, c.n FROM reports r, zh_word_counts(r.body) c)) d")"
check_eq "zh_word_stats over the reports = the words table summed (occurrences, documents)" "0" "$(sql "
	SELECT count(*) FROM (
		(SELECT word, n, documents FROM zh_word_stats('SELECT body FROM reports')
		 EXCEPT SELECT word, sum(n), count(*) FROM reports_words GROUP BY word)
		UNION ALL
		(SELECT word, sum(n), count(*) FROM reports_words GROUP BY word
		 EXCEPT SELECT word, n, documents FROM zh_word_stats('SELECT body FROM reports'))) d")"
check_eq "the loader made the word views" "reports_word_trends,reports_words_bi" \
	"$(sql "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relname LIKE 'reports_word%' AND relkind = 'v'")"

# --- the caller's query, with the caller's rights and search path ---
sql "CREATE ROLE $ROLE LOGIN; CREATE SCHEMA mine AUTHORIZATION $ROLE;
     GRANT USAGE ON SCHEMA public TO $ROLE" >/dev/null
out=$(psql -X -q -d "$DB" -U "$ROLE" -tAc "SELECT count(*) FROM zh_word_stats('SELECT body FROM reports')" 2>&1)
check_match "a role that may not read the table gets permission denied" "permission denied for table reports" "$out"
out=$(psql -X -q -d "$DB" -U "$ROLE" -tA <<'SQL' 2>&1
SET search_path = mine, public;
CREATE TABLE notes (t text);
INSERT INTO notes VALUES ('营商环境持续优化');
SELECT string_agg(word || ':' || n, ',') FROM zh_word_stats('SELECT t FROM notes');
SQL
)
check_eq "the query resolves names through the caller's search path" "营商环境:1,持续:1,优化:1" "$out"

# --- ts_stat counts index fragments; zh_word_stats counts words ---
frag=$(sql "SELECT (SELECT count(*) FROM ts_stat(\$q\$SELECT to_tsvector('govreport', body) FROM reports WHERE file_name = 'national-2004.txt'\$q\$))
	|| ':' || (SELECT count(*) FROM zh_word_stats(\$q\$SELECT body FROM reports WHERE file_name = 'national-2004.txt'\$q\$))
	|| ':' || (SELECT count(*) FROM ts_stat(\$q\$SELECT to_tsvector('govreport', body) FROM reports WHERE file_name = 'national-2004.txt'\$q\$) WHERE word = '会主')
	|| ':' || (SELECT count(*) FROM zh_word_stats(\$q\$SELECT body FROM reports WHERE file_name = 'national-2004.txt'\$q\$) WHERE word = '会主')")
IFS=: read -r lexemes words frag_ts frag_words <<<"$frag"
check "ts_stat over to_tsvector('govreport') of the 2004 report: $lexemes lexemes, more than 3x its $words words" \
	test "$lexemes" -gt $((3 * words))
check_eq "the fragment 会主 (of 社会主义) is a ts_stat lexeme, not a word" "1:0" "$frag_ts:$frag_words"

# --- the national reports: the trend recipe of doc/analysis.md ---
GOVREPORT_SHARED=$SHARED GOVREPORT_LOAD=$LOAD bash "$ROOT/scripts/load-national.sh" "$DB"
status=$?
if [ "$status" -ne 3 ]; then
	check_eq "the national reports load with --words (scripts/load-national.sh)" "0" "$status"
	got=$(sql "
		WITH trend AS (
			SELECT r.report_year, t.term, coalesce(sum(w.n), 0) AS n,
			       round(coalesce(sum(w.n), 0) * 10000.0 / char_length(r.body), 2) AS per_10k
			FROM national r
			CROSS JOIN unnest(ARRAY['扶贫', '脱贫', '乡村振兴']) AS t(term)
			LEFT JOIN national_words w ON w.report_id = r.id AND strpos(w.word, t.term) > 0
			WHERE r.admin_level = 'national'
			GROUP BY r.id, t.term)
		SELECT term || ' ' || count(*) || ' ' || coalesce(string_agg(report_year || ':' || n, ' ' ORDER BY report_year) FILTER (WHERE n > 0), '-')
		FROM trend GROUP BY term ORDER BY term")
	# Every occurrence in the corpus read in context (grep -o '.扶贫..'): all
	# 扶贫 are the term; of 脱贫, 摆脱贫困/摆脱贫穷 (1954 擺脫貧困, 1955 three,
	# 1957, 1988 one each) are 摆脱 + 贫困, not the term; 乡村振兴 is newer
	# than 2009.
	want="乡村振兴 37 -
扶贫 37 1992:1 1993:1 1994:1 1995:3 1997:4 1998:4 1999:1 2000:2 2001:7 2002:2 2003:11 2004:3 2005:6 2006:2 2007:2 2008:2 2009:11
脱贫 37 1987:1 1988:1 1994:2 1995:1 1997:3 2003:1 2005:1 2009:1"
	check_eq "扶贫, 脱贫, 乡村振兴 per national report, each occurrence as a word or inside one" "$want" "$got"
	check_eq "the trend view: a row for 扶贫 in each of the 37 national reports, its count that of the words table" \
		"37:true:0" "$(sql "SELECT count(*) || ':' || (sum(n) = (SELECT sum(n) FROM national_words WHERE word = '扶贫'))
			|| ':' || count(*) FILTER (WHERE per_10k <> round(n * 10000.0 / chars, 3))
			FROM national_word_trends WHERE word = '扶贫' AND admin_level = 'national'")"
else
	for name in "the national reports load with --words" "扶贫, 脱贫, 乡村振兴 per national report" "the trend view over the national reports"; do
		tap_n=$((tap_n + 1)); echo "ok $tap_n - $name # SKIP no shared corpus"
	done
fi

# --- built-in types only ---
check_eq "the word views have built-in column types only" "0" "$(sql "
	SELECT count(*) FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
	WHERE a.attrelid IN ('reports_words_bi'::regclass, 'reports_word_trends'::regclass)
	  AND a.attnum > 0 AND t.typnamespace <> 'pg_catalog'::regnamespace")"
check_eq "the analysis functions return built-in column types only" "0" "$(sql "
	SELECT count(*) FROM pg_proc p, unnest(p.proallargtypes, p.proargmodes) AS a(typ, mode)
	JOIN pg_type t ON t.oid = a.typ
	WHERE p.proname IN ('zh_word_counts', 'zh_word_stats', 'zh_keywords', 'zh_corpus_keywords', 'report_compare')
	  AND a.mode IN ('o', 't') AND t.typnamespace <> 'pg_catalog'::regnamespace")"

# --- through psycopg2 ---
export DB TAP_N=$tap_n
out=$(/usr/bin/python3 - <<'PY'
import decimal, os, sys
n = int(os.environ["TAP_N"])
def say(ok, name):
    global n
    n += 1
    print(f"{'ok' if ok else 'not ok'} {n} - {name}")
try:
    import psycopg2
except ImportError:
    say(True, "psycopg2 reads the word views and functions # SKIP python3-psycopg2 not installed")
    sys.exit(0)
conn = psycopg2.connect(dbname=os.environ["DB"])
cur = conn.cursor()
cur.execute("SELECT oid FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace")
builtin = {r[0] for r in cur.fetchall()}
plain = (str, int, float, bool, decimal.Decimal, type(None))
queries = {
    "reports_words_bi": "SELECT * FROM reports_words_bi LIMIT 50",
    "reports_word_trends": "SELECT * FROM reports_word_trends WHERE word = '发展'",
    "zh_word_stats": "SELECT * FROM zh_word_stats('SELECT body FROM reports') LIMIT 50",
    "zh_word_counts": "SELECT * FROM zh_word_counts((SELECT body FROM reports ORDER BY id LIMIT 1))",
    "zh_keywords": "SELECT * FROM zh_keywords((SELECT body FROM reports ORDER BY id LIMIT 1), 10, 'textrank')",
    "zh_corpus_keywords": "SELECT * FROM zh_corpus_keywords((SELECT body FROM reports ORDER BY id LIMIT 1), 'reports_words')",
    "report_compare": "SELECT * FROM report_compare((SELECT body FROM reports WHERE file_name = 'shinan-2022.txt'), "
                      "(SELECT body FROM reports WHERE file_name = 'shinan-2023-review-excerpt.txt'))",
}
for name, q in queries.items():
    cur.execute(q)
    rows = cur.fetchall()
    types_ok = all(d.type_code in builtin for d in cur.description)
    values_ok = all(isinstance(v, plain) for r in rows for v in r)
    say(types_ok and values_ok and len(rows) > 0,
        f"psycopg2 reads {name}: {len(rows)} rows, built-in types, plain values")
cur.execute("SELECT DISTINCT change FROM report_compare((SELECT body FROM reports WHERE file_name = 'shinan-2022.txt'), "
            "(SELECT body FROM reports WHERE file_name = 'shinan-2023-review-excerpt.txt'))")
kinds = sorted(r[0] for r in cur.fetchall())
say(kinds == ["dropped", "fell", "figure", "new", "rose"],
    f"report_compare of 市南区 2022 and 2023 has every kind of change {kinds}")
PY
)
echo "$out"
tap_n=$((tap_n + $(grep -cE '^(not )?ok ' <<<"$out")))
tap_failed=$((tap_failed + $(grep -c '^not ok ' <<<"$out")))
# --- the words table's lexicon record (doc/upgrade.md) ---
stale_words() { sql "SELECT count(*) FROM govreport_lexicon_stale() WHERE relation = 'reports_words'::regclass"; }
check_eq "the loader recorded the words table as counted with the lexicon in use" "1:0" \
	"$(sql "SELECT count(*) FROM govreport_lexicon_builds WHERE relid = 'reports_words'::regclass"):$(stale_words)"
sql "INSERT INTO zh_user_lexicon (word) VALUES ('记录测试词'); DELETE FROM zh_user_lexicon WHERE word = '记录测试词'" >/dev/null
check_eq "after a user lexicon edit the words table is stale" "1" "$(stale_words)"
W=$(mktemp -d)
printf '各位代表：今年新增就业一百万人。\n' >"$W/extra.txt"
warn=$("$LOAD" -d "$DB" --words "$W/extra.txt" 2>&1 >/dev/null)
check_match "loading more words into a stale table says so" "reports_words\" holds word counts made with another lexicon" "$warn"
check_eq "... and leaves it stale" "1" "$(stale_words)"
"$LOAD" -d "$DB" -q --refresh --words
check_eq "a refresh of every report recounts the words and records them" "0:0" "$?:$(stale_words)"
rm -rf "$W"

tap_done
