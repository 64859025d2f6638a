#!/bin/bash
# Throughput of zh_tsvector, to_tsvector('govreport'), zh_tokenize and
# zh_segment on the national corpus (State Council reports 1954-2009), each
# as MB/s and as a ratio to to_tsvector('simple') on the same text in the
# same run; then the index entries per MB, and the first search in a new
# connection.  (bench/search.sh measures indexes and queries against
# pg_bigm and pg_trgm.)
#
# Needs a running server with govreport installed, reached through the usual
# PGHOST/PGPORT/PGUSER; creates and drops its own database.  The shared
# corpus is found at $GOVREPORT_SHARED (default: beside the project).
#   PGHOST=... PGPORT=... GOVREPORT_SHARED=/work/shared bash bench/tsvector.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
ROUNDS=${ROUNDS:-3}
DB=govreport_bench_tsvector

[ -d "$SHARED/corpus/national" ] || { echo "no corpus at $SHARED/corpus/national" >&2; exit 1; }
dropdb --if-exists "$DB" >/dev/null 2>&1 || true
createdb "$DB"
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

psql -c "CREATE EXTENSION govreport" -c "CREATE TABLE doc (name text, body text)"
for f in "$SHARED"/corpus/national/*.txt; do
	printf '%s\t' "$(basename "$f")"
	sed -e 's/\\/\\\\/g' -e 's/\t/\\t/g' -e 's/\r$//' "$f" | tr '\n' '\036' | sed 's/\x1e/\\n/g'
	echo
done | psql -c "COPY doc FROM STDIN"

psql -At <<SQL
\\i $ROOT/bench/best_seconds.sql

CREATE TEMP TABLE run (what text, seconds float8);
INSERT INTO run VALUES
 ('to_tsvector(''simple'')', pg_temp.best_seconds(
	\$q\$SELECT sum(length(to_tsvector('simple', body))) FROM doc\$q\$, $ROUNDS)),
 ('zh_tsvector', pg_temp.best_seconds(
	\$q\$SELECT sum(length(zh_tsvector(body))) FROM doc\$q\$, $ROUNDS)),
 ('to_tsvector(''govreport'')', pg_temp.best_seconds(
	\$q\$SELECT sum(length(to_tsvector('govreport', body))) FROM doc\$q\$, $ROUNDS)),
 ('zh_tokenize', pg_temp.best_seconds(
	\$q\$SELECT count(*) FROM doc, zh_tokenize(body)\$q\$, $ROUNDS));
DO \$\$
BEGIN
	IF to_regprocedure('zh_segment(text)') IS NOT NULL THEN
		INSERT INTO run VALUES ('zh_segment', pg_temp.best_seconds(
			'SELECT count(*) FROM doc, zh_segment(body)', $ROUNDS));
	END IF;
END \$\$;

SELECT format('corpus: %s documents, %s MB (best of %s rounds)',
	count(*), round(sum(octet_length(body)) / 1e6, 2), $ROUNDS) FROM doc;
WITH mb AS (SELECT sum(octet_length(body)) / 1e6 AS mb FROM doc),
     base AS (SELECT seconds FROM run WHERE what = 'to_tsvector(''simple'')')
SELECT rpad(what, 26) || lpad(round(mb.mb / run.seconds::numeric, 2)::text, 8) ||
	' MB/s  ' || lpad(round((base.seconds / run.seconds)::numeric, 2)::text, 5) ||
	'x simple'
FROM run, mb, base;

-- Why to_tsvector('govreport') is slower than zh_tsvector: core sorts every
-- (lexeme, position) entry the dictionary hands over, and 'simple' makes
-- one per Han run while govreport makes one per character.
WITH e AS (
	SELECT (SELECT sum(octet_length(body)) / 1e6 FROM doc) AS mb,
	       (SELECT sum(coalesce(array_length(positions, 1), 1))
	          FROM doc, unnest(to_tsvector('simple', body))) AS simple_entries,
	       (SELECT sum(coalesce(array_length(positions, 1), 1))
	          FROM doc, unnest(to_tsvector('govreport', body))) AS govreport_entries)
SELECT format('index entries (lexeme, position) per MB: simple %s, govreport %s',
	round(simple_entries / mb), round(govreport_entries / mb)) FROM e;
SQL

# The first search in a new connection: the library, the lexicon mapping and
# the configuration are all loaded by that call (best of 5 connections).
best=""
for i in 1 2 3 4 5; do
	ms=$(command psql -X -q -At -d "$DB" -c '\timing on' \
		-c "SELECT length(to_tsvector('govreport', '政府工作报告：坚持稳中求进，推动高质量发展。'))" |
		sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
	best=$(awk -v a="$best" -v b="$ms" 'BEGIN { print (a == "" || b < a) ? b : a }')
done
echo "first to_tsvector('govreport') in a new connection: $best ms (library load included)"
