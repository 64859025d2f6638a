#!/bin/bash
# Throughput of report_sections, report_info, report_clean and
# report_section input, against PostgreSQL's to_tsvector('simple', ...) on
# the same text in the same run.  Needs a running server with govreport
# installed (PGHOST/PGPORT/PGUSER/PGDATABASE as for psql).
#   GOVREPORT_SHARED=/work/shared bash bench/outline.sh [copies]
# The corpus is the sample reports plus, when the shared corpus is there,
# every national report; it is repeated "copies" times (default 3).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
COPIES=${1:-3}

files=("$ROOT"/test/data/*.txt)
if [ -d "$SHARED/corpus/national" ]; then
	files+=("$SHARED"/corpus/national/*.txt)
fi

psql -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
DROP TABLE IF EXISTS outline_bench;
CREATE TABLE outline_bench (doc text);
SQL
for f in "${files[@]}"; do
	# psql reads the file itself: reports can exceed the argument size limit
	printf "\\set doc \`cat '%s'\`\nINSERT INTO outline_bench SELECT :'doc' FROM generate_series(1, %d);\n" \
		"$f" "$COPIES" | psql -X -q -v ON_ERROR_STOP=1
done

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
\pset footer off
CREATE TEMP TABLE timings (what text, ms float8);
DO $$
DECLARE
	t0 timestamptz;
	dummy bigint;
	r int;
BEGIN
	FOR r IN 1..2 LOOP			-- the second round counts (warm cache)
		DELETE FROM timings;
		t0 := clock_timestamp();
		SELECT sum(length(to_tsvector('simple', doc)::text)) INTO dummy FROM outline_bench;
		INSERT INTO timings VALUES ('to_tsvector(''simple'')', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		SELECT count(*) INTO dummy FROM outline_bench, report_sections(doc);
		INSERT INTO timings VALUES ('report_sections', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		SELECT count(i.region) INTO dummy FROM outline_bench, report_info(doc) i;
		INSERT INTO timings VALUES ('report_info', extract(epoch FROM clock_timestamp() - t0) * 1000);
		t0 := clock_timestamp();
		SELECT sum(length(report_clean(doc))) INTO dummy FROM outline_bench;
		INSERT INTO timings VALUES ('report_clean', extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END
$$;
SELECT count(*) AS documents, round(sum(octet_length(doc)) / 1e6, 2) AS mb FROM outline_bench;
WITH size AS (SELECT sum(octet_length(doc)) / 1e6 AS mb FROM outline_bench),
	 base AS (SELECT ms FROM timings WHERE what LIKE 'to_tsvector%')
SELECT what, round(t.ms::numeric, 1) AS ms,
	   round((size.mb / (t.ms / 1000))::numeric, 1) AS mb_per_s,
	   round((base.ms / t.ms)::numeric, 2) AS speed_vs_to_tsvector
FROM timings t, size, base ORDER BY t.ms;

-- report_section input and output: sections per second
CREATE TEMP TABLE secs AS
SELECT (i % 9 + 1)::text || '.' || (i % 13 + 1)::text || '.' || (i % 7 + 1)::text AS s
FROM generate_series(1, 200000) AS i;
DO $$
DECLARE
	t0 timestamptz := clock_timestamp();
	dummy bigint;
BEGIN
	SELECT count(DISTINCT s::report_section::text) INTO dummy FROM secs;
	RAISE NOTICE 'report_section in+out+sort: % values/s',
		round(200000 / extract(epoch FROM clock_timestamp() - t0));
END
$$;
DROP TABLE outline_bench;
SQL
