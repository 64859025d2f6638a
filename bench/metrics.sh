#!/bin/bash
# Benchmark of extract_metrics: MB/s on the national reports corpus and
# the ratio to PostgreSQL's own to_tsvector('simple', ...) on the same text
# in the same run.  Builds and installs into a private staged server and a
# throwaway cluster, like scripts/test.sh.  Not a test.
#   GOVREPORT_SHARED  shared material (default: ../shared beside the project)
#   ROUNDS            passes over the corpus per measurement (default 3)
source "$(dirname "$0")/../scripts/lib.sh"
cd "$GOVREPORT_ROOT"
SHARED=${GOVREPORT_SHARED:-$GOVREPORT_ROOT/../shared}
NAT=$SHARED/corpus/national
ROUNDS=${ROUNDS:-3}
[ -d "$NAT" ] || { echo "no national corpus at $NAT (set GOVREPORT_SHARED)" >&2; exit 1; }

build >/dev/null
WORK=$(mktemp -d /tmp/govreport-bench.XXXXXX)
chmod 755 "$WORK"
trap 'stop_cluster "$WORK/cluster" "$WORK/stage$PG_BINDIR"; rm -rf "$WORK"' EXIT
install_staged "$WORK/stage"
start_cluster "$WORK/cluster" $((5500 + $$ % 400)) "$WORK/stage$PG_BINDIR"

psql -X -q -d postgres -c "SET client_min_messages = warning; CREATE EXTENSION govreport;
	CREATE TABLE nat(year int, body text);"
for f in "$NAT"/*.txt; do
	y=$(basename "$f" .txt)
	# \set with a backquoted cat: no limit on the argument length
	psql -X -q -d postgres -v y="$y" -f - <<SQL
\\set body \`cat '$f'\`
INSERT INTO nat VALUES (:'y'::int, :'body');
SQL
done

PGOPTIONS="-c bench.rounds=$ROUNDS" psql -X -q -At -d postgres -f - <<'SQL'
\set ON_ERROR_STOP 1
CREATE TEMP TABLE timing(what text, secs float8, rows bigint);
DO $$
DECLARE
	t0 timestamptz;
	n bigint;
	r int;
	rounds int := current_setting('bench.rounds')::int;
BEGIN
	-- warm up: detoast and cache once
	PERFORM count(*) FROM nat, extract_metrics(body);
	PERFORM count(*) FROM nat WHERE to_tsvector('simple', body) IS NOT NULL;
	FOR r IN 1..rounds LOOP
		t0 := clock_timestamp();
		SELECT count(*) INTO n FROM nat, extract_metrics(body);
		INSERT INTO timing VALUES ('extract_metrics', extract(epoch FROM clock_timestamp() - t0), n);
		t0 := clock_timestamp();
		SELECT count(*) INTO n FROM nat WHERE to_tsvector('simple', body) IS NOT NULL;
		INSERT INTO timing VALUES ('to_tsvector', extract(epoch FROM clock_timestamp() - t0), n);
	END LOOP;
END $$;
WITH size AS (SELECT sum(octet_length(body))::float8 / 1e6 AS mb, count(*) AS docs FROM nat),
     best AS (SELECT what, min(secs) AS secs, max(rows) AS rows FROM timing GROUP BY what)
SELECT format('corpus: %s reports, %s MB; best of %s rounds', s.docs, round(s.mb::numeric, 2),
              current_setting('bench.rounds'))
FROM size s
UNION ALL
SELECT format('%-16s %s MB/s  (%s rows)', b.what, round((s.mb / b.secs)::numeric, 2), b.rows)
FROM best b, size s
UNION ALL
SELECT format('ratio extract_metrics / to_tsvector(''simple''): %s',
              round((t.secs / e.secs)::numeric, 2))
FROM best e, best t WHERE e.what = 'extract_metrics' AND t.what = 'to_tsvector';
SQL
