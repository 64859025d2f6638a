#!/bin/bash
# Throughput of the analysis functions on the national corpus (State Council
# reports 1954-2009): zh_word_stats over all of it, zh_word_counts and
# zh_keywords (TF-IDF, TextRank) per report, each as MB/s and as a ratio to
# to_tsvector('simple') on the same text in the same run (ts_stat over
# 'simple' alongside); then govreport-load of 100 reports with and without
# --words.
#
# Needs a running server with govreport installed, reached through the usual
# PGHOST/PGPORT/PGUSER; creates and drops its own database.  The shared
# corpus is found at $GOVREPORT_SHARED (default: beside the project).
#   PGHOST=... PGPORT=... GOVREPORT_SHARED=/work/shared bash bench/words.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
ROUNDS=${ROUNDS:-3}
LOAD=${GOVREPORT_LOAD:-$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
DB=govreport_bench_words
W=$(mktemp -d /tmp/govreport-bench-words.XXXXXX)

[ -d "$SHARED/corpus/national" ] || { echo "no corpus at $SHARED/corpus/national" >&2; exit 1; }
dropdb --if-exists "$DB" >/dev/null 2>&1 || true
createdb "$DB"
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1; rm -rf "$W"' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

psql -c "CREATE EXTENSION govreport"
"$LOAD" -d "$DB" -q -t doc "$SHARED"/corpus/national

psql -At <<SQL
\\i $ROOT/bench/best_seconds.sql

CREATE TEMP TABLE run (what text, seconds float8);
INSERT INTO run VALUES
 ('to_tsvector(''simple'')', pg_temp.best_seconds(
	\$q\$SELECT sum(length(to_tsvector('simple', body))) FROM doc\$q\$, $ROUNDS)),
 ('ts_stat(''simple'')', pg_temp.best_seconds(
	\$q\$SELECT count(*) FROM ts_stat('SELECT to_tsvector(''simple'', body) FROM doc')\$q\$, $ROUNDS)),
 ('zh_word_stats', pg_temp.best_seconds(
	\$q\$SELECT count(*) FROM zh_word_stats('SELECT body FROM doc')\$q\$, $ROUNDS)),
 ('zh_word_counts', pg_temp.best_seconds(
	\$q\$SELECT count(*) FROM doc, zh_word_counts(body)\$q\$, $ROUNDS)),
 ('zh_keywords tfidf', pg_temp.best_seconds(
	\$q\$SELECT count(*) FROM doc, zh_keywords(body, 20, 'tfidf')\$q\$, $ROUNDS)),
 ('zh_keywords textrank', pg_temp.best_seconds(
	\$q\$SELECT count(*) FROM doc, zh_keywords(body, 20, 'textrank')\$q\$, $ROUNDS));

SELECT format('corpus: %s documents, %s MB (best of %s rounds)',
	count(*), round(sum(octet_length(body)) / 1e6, 2), $ROUNDS) FROM doc;
WITH mb AS (SELECT sum(octet_length(body)) / 1e6 AS mb FROM doc),
     base AS (SELECT seconds FROM run WHERE what = 'to_tsvector(''simple'')')
SELECT rpad(what, 24) || lpad(round(mb.mb / run.seconds::numeric, 2)::text, 8) ||
	' MB/s  ' || lpad(round((base.seconds / run.seconds)::numeric, 2)::text, 5) ||
	'x simple'
FROM run, mb, base;
SQL

# 100 reports: the national corpus three times, each copy told apart by a
# last line (the loader skips a text it already has), in 100 files.
i=0
for copy in 1 2 3; do
	for f in "$SHARED"/corpus/national/*.txt; do
		[ "$i" -lt 100 ] || break
		{ cat "$f"; printf '\n（第%s份）\n' "$copy"; } >"$W/$(printf '%03d' "$i").txt"
		i=$((i + 1))
	done
done
mb=$(cat "$W"/*.txt | wc -c | awk '{ printf "%.2f", $1 / 1e6 }')
for opt in "" "--words"; do
	t=hundred${opt:+_with}
	start=$(date +%s.%N)
	"$LOAD" -d "$DB" -q -t "$t" $opt "$W"
	end=$(date +%s.%N)
	rows=$(psql -At -c "SELECT count(*) FROM $t")
	words=""
	[ -n "$opt" ] && words=", $(psql -At -c "SELECT count(*) FROM ${t}_words") rows in ${t}_words"
	awk -v o="${opt:-(no option)}" -v s="$start" -v e="$end" -v r="$rows" -v mb="$mb" -v w="$words" \
		'BEGIN { printf "govreport-load %-12s %s reports, %s MB: %.2f s%s\n", o, r, mb, e - s, w }'
done
