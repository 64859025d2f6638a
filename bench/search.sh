#!/bin/bash
# Search at scale: the same paragraphs made searchable six ways, side by
# side in one run:
#   govreport         a stored column zh_tsvector(body) with a GIN index,
#                     queried with zh_tsquery(term), in a table WITH
#                     (toast_tuple_target = 8160), so that paragraph vectors
#                     stay in the row, uncompressed (doc/search.md)
#   govreport default the same with the default storage (vectors past 2 kB
#                     compressed or moved out of the row)
#   govreport expr    a GIN index on the expression zh_tsvector(body)
#   pg_bigm           GIN (body gin_bigm_ops), body LIKE '%term%'
#   pg_trgm           GIN (body gin_trgm_ops), body LIKE '%term%'
#   bigm folded       GIN (zh_normalize(body) gin_bigm_ops),
#                     zh_normalize(body) LIKE '%' || zh_normalize(term) || '%'
# For each: CPU to build the index on a loaded table (for the stored column:
# computing the column too), index size, CPU to insert the rows into an
# indexed table (pending list merged), on the national corpus split into
# paragraphs and on a 5x copy; the cost of SELECT count(*) per term of the
# term list on the 5x table, p50/p95 over the terms; agreement with LIKE on
# the normalised text by term class, on the paragraphs.
#
# It builds govreport and pg_bigm (from source, against PostgreSQL 15's
# PGXS) into a staged install of its own and runs its own throwaway cluster
# (unix socket only; no parallel workers, no autovacuum, no JIT), so the
# figures come from one backend on one machine in one run.  CPU is the
# backend's own (/proc/self/schedstat), so that other load on a shared
# machine matters less; query cost is given both as CPU per run and as the
# best wall time of the runs.
#
#   PG_BIGM_SRC=/path/to/pg_bigm bash bench/search.sh
#
# PG_BIGM_SRC is pg_bigm's source tree or a bare git clone of it
# (https://github.com/pgbigm/pg_bigm); default ../pg_bigm beside the
# project.  Without it the pg_bigm columns are skipped, with a message.
# GOVREPORT_SHARED: the shared corpus (default ../shared).  COPIES (default
# 5), ROUNDS (builds and inserts, the least CPU counts; default 3),
# BENCH_PORT (default 5499).
source "$(dirname "$0")/../scripts/lib.sh"
ROOT=$GOVREPORT_ROOT
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
BIGM_SRC=${PG_BIGM_SRC:-$ROOT/../pg_bigm}
COPIES=${COPIES:-5}
ROUNDS=${ROUNDS:-3}
PORT=${BENCH_PORT:-5499}

[ -d "$SHARED/corpus/national" ] || { echo "no corpus at $SHARED/corpus/national" >&2; exit 1; }

WORK=$(mktemp -d /tmp/govreport-bench-search.XXXXXX)
chmod 755 "$WORK"
trap 'stop_cluster "$WORK/cluster" "$WORK/stage$PG_BINDIR"; rm -rf "$WORK"' EXIT

build >/dev/null
install_staged "$WORK/stage"

# pg_bigm from its source, into the staged install only.
have_bigm=0
if [ -f "$BIGM_SRC/bigm.h" ]; then
	cp -r "$BIGM_SRC" "$WORK/pg_bigm"
elif git --git-dir="$BIGM_SRC" rev-parse --verify -q HEAD >/dev/null 2>&1; then
	mkdir "$WORK/pg_bigm"
	git --git-dir="$BIGM_SRC" archive HEAD | tar -x -C "$WORK/pg_bigm"
fi
if [ -f "$WORK/pg_bigm/bigm.h" ]; then
	if make -s -C "$WORK/pg_bigm" USE_PGXS=1 PG_CONFIG="$PG_CONFIG" >"$WORK/bigm-build.log" 2>&1 &&
		make -s -C "$WORK/pg_bigm" USE_PGXS=1 PG_CONFIG="$PG_CONFIG" DESTDIR="$WORK/stage" install \
			>>"$WORK/bigm-build.log" 2>&1; then
		have_bigm=1
	else
		echo "pg_bigm did not build; its columns are skipped:" >&2
		tail -n 5 "$WORK/bigm-build.log" >&2
	fi
else
	echo "no pg_bigm source at $BIGM_SRC (set PG_BIGM_SRC); its columns are skipped" >&2
fi
chmod -R a+rX "$WORK/stage"

start_cluster "$WORK/cluster" "$PORT" "$WORK/stage$PG_BINDIR"
export PATH="$WORK/stage$PG_BINDIR:$PATH"
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
psql -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET max_parallel_maintenance_workers = 0" \
	-c "ALTER SYSTEM SET autovacuum = off" -c "ALTER SYSTEM SET jit = off" \
	-c "SELECT pg_reload_conf()" >/dev/null

psql -c "CREATE EXTENSION govreport" -c "CREATE EXTENSION pg_trgm"
[ "$have_bigm" = 1 ] && psql -c "CREATE EXTENSION pg_bigm"

# The paragraphs: every non-blank line of the national reports.
psql -c "CREATE TABLE para (id int, body text)"
for f in "$SHARED"/corpus/national/*.txt; do
	{ cat "$f"; echo; } | sed -e 's/\r$//' -e 's/\\/\\\\/g' -e 's/\t/\\t/g' -e '/^[[:space:]]*$/d'
done | awk '{ printf "%d\t%s\n", NR, $0 }' | psql -c "COPY para FROM STDIN"
psql -c "CREATE TABLE para5 AS SELECT (c - 1) * 1000000 + id AS id, body FROM para, generate_series(1, $COPIES) c"

# The terms: the policy list, and the classes file for the rest.
{
	grep -v '^#' "$ROOT/test/data/search-terms.list" | sed '/^$/d' | sed 's/^/policy\t/'
	grep -v '^#' "$ROOT/test/data/search-terms-classes.tsv" | sed '/^$/d'
} | psql -c "CREATE TABLE term (list text, t text); COPY term FROM STDIN"

psql <<'SQL'
CREATE SCHEMA bench;
-- The class of a term: the file's, or by its characters.
ALTER TABLE term ADD COLUMN cls text;
UPDATE term SET cls = CASE
	WHEN list <> 'policy' THEN list
	WHEN t ~ '[^\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]' THEN 'mixed'
	WHEN char_length(t) = 1 THEN '1 char'
	WHEN char_length(t) = 2 THEN '2 chars'
	ELSE '3+ chars' END;
UPDATE term SET cls = '3+ chars' WHERE cls = 'policy';

-- CPU time of this backend in nanoseconds.
CREATE FUNCTION bench.cpu_ns() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	RETURN split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint;
EXCEPTION WHEN others THEN
	-- utime + stime, in clock ticks of 10 ms
	RETURN (SELECT (f[12]::bigint + f[13]::bigint) * 10000000
	        FROM regexp_split_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') f);
END $$;
CREATE FUNCTION bench.cpu_s(stmts text[]) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 bigint := bench.cpu_ns();
	s text;
BEGIN
	FOREACH s IN ARRAY stmts LOOP
		EXECUTE s;
	END LOOP;
	RETURN (bench.cpu_ns() - t0) / 1e9;
END $$;
-- A query's cost: run it for at least 100 ms (3 times at least); the
-- backend's CPU time per run (/proc/self/schedstat moves in scheduler
-- ticks, hence the long loop) and the best wall time of one run.
CREATE FUNCTION bench.query_ms(q text, OUT cpu_ms float8, OUT wall_ms float8)
LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	t1 timestamptz;
	c0 bigint;
	n int := 0;
BEGIN
	EXECUTE q;
	wall_ms := 'infinity';
	c0 := bench.cpu_ns();
	t0 := clock_timestamp();
	LOOP
		t1 := clock_timestamp();
		EXECUTE q;
		wall_ms := least(wall_ms, extract(epoch FROM clock_timestamp() - t1) * 1000);
		n := n + 1;
		EXIT WHEN n >= 3 AND clock_timestamp() - t0 >= interval '100 ms';
	END LOOP;
	cpu_ms := (bench.cpu_ns() - c0) / 1e6 / n;
END $$;
CREATE FUNCTION bench.like_pattern(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT '%' || replace(replace(replace(t, '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

-- Each way: how the index is built on a loaded table (%1$I the table), the
-- same for an empty table, and the predicate for a term (%2$L).
CREATE TABLE bench.method (ord int, m text, build text[], ddl text[], pred text);
INSERT INTO bench.method VALUES
 (1, 'govreport',
  ARRAY['ALTER TABLE %1$I SET (toast_tuple_target = 8160)',
        'ALTER TABLE %1$I ADD COLUMN tsv tsvector GENERATED ALWAYS AS (zh_tsvector(body)) STORED',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (tsv)'],
  ARRAY['CREATE TABLE %1$I (id int, body text, tsv tsvector GENERATED ALWAYS AS (zh_tsvector(body)) STORED) WITH (toast_tuple_target = 8160)',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (tsv)'],
  'tsv @@ zh_tsquery(%2$L)'),
 (2, 'govreport default',
  ARRAY['ALTER TABLE %1$I ADD COLUMN tsv tsvector GENERATED ALWAYS AS (zh_tsvector(body)) STORED',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (tsv)'],
  ARRAY['CREATE TABLE %1$I (id int, body text, tsv tsvector GENERATED ALWAYS AS (zh_tsvector(body)) STORED)',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (tsv)'],
  'tsv @@ zh_tsquery(%2$L)'),
 (3, 'govreport expr',
  ARRAY['CREATE INDEX %1$I_idx ON %1$I USING gin (zh_tsvector(body))'],
  ARRAY['CREATE TABLE %1$I (id int, body text)',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (zh_tsvector(body))'],
  'zh_tsvector(body) @@ zh_tsquery(%2$L)'),
 (4, 'pg_bigm',
  ARRAY['CREATE INDEX %1$I_idx ON %1$I USING gin (body gin_bigm_ops)'],
  ARRAY['CREATE TABLE %1$I (id int, body text)',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (body gin_bigm_ops)'],
  'body LIKE bench.like_pattern(%2$L)'),
 (5, 'pg_trgm',
  ARRAY['CREATE INDEX %1$I_idx ON %1$I USING gin (body gin_trgm_ops)'],
  ARRAY['CREATE TABLE %1$I (id int, body text)',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (body gin_trgm_ops)'],
  'body LIKE bench.like_pattern(%2$L)'),
 (6, 'bigm folded',
  ARRAY['CREATE INDEX %1$I_idx ON %1$I USING gin (zh_normalize(body) gin_bigm_ops)'],
  ARRAY['CREATE TABLE %1$I (id int, body text)',
        'CREATE INDEX %1$I_idx ON %1$I USING gin (zh_normalize(body) gin_bigm_ops)'],
  'zh_normalize(body) LIKE bench.like_pattern(zh_normalize(%2$L))');
DELETE FROM bench.method m WHERE m.m LIKE '%bigm%'
	AND NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_bigm');

CREATE TABLE bench.result (m text, what text, value float8);

-- Ground truth: LIKE on the normal form; whitespace is left out on both
-- sides, as search leaves it out (a term spaced out by the typesetter,
-- 1 9 8 0 年, is still the term).  Plain LIKE on the normal form is kept
-- beside it.
CREATE TABLE bench.truth AS
SELECT term.t, p.id,
       regexp_replace(p.norm, '\s', '', 'g') LIKE bench.like_pattern(regexp_replace(zh_normalize(term.t), '\s', '', 'g')) AS hit,
       p.norm LIKE bench.like_pattern(zh_normalize(term.t)) AS hit_spaced
FROM term, (SELECT id, zh_normalize(body) AS norm FROM para) p;
SQL

# Build and insert for each way, on the paragraphs and the copy, ROUNDS
# times (the least CPU counts).  Each round loads fresh tables and vacuums
# them first, so that no build pays for setting hint bits.
psql -c "CREATE INDEX ON bench.truth (t, id)"
for round in $(seq 1 "$ROUNDS"); do
	psql <<'SQL'
DO $$
DECLARE
	r bench.method;
	src text;
BEGIN
	FOR r IN SELECT * FROM bench.method ORDER BY ord LOOP
		FOREACH src IN ARRAY ARRAY['para', 'para5'] LOOP
			SET LOCAL client_min_messages = warning;
			EXECUTE format('DROP TABLE IF EXISTS %I', 'b_' || r.ord || '_' || src);
			EXECUTE format('CREATE TABLE %I AS SELECT id, body FROM %I',
						   'b_' || r.ord || '_' || src, src);
		END LOOP;
	END LOOP;
END $$;
VACUUM ANALYZE;
SQL
	methods=$(psql -At -c "SELECT m FROM bench.method ORDER BY ord")
	while IFS= read -r m; do
		echo "# round $round: $m" >&2
		psql <<SQL
DO \$\$
DECLARE
	r bench.method;
	src text;
	tb text;
	cpu float8;
BEGIN
	SELECT * INTO r FROM bench.method WHERE m = '$m';
	FOREACH src IN ARRAY ARRAY['para', 'para5'] LOOP
		-- build on a loaded table
		tb := 'b_' || r.ord || '_' || src;
		cpu := bench.cpu_s(ARRAY(SELECT format(s, tb) FROM unnest(r.build) s));
		INSERT INTO bench.result VALUES (r.m, 'build ' || src, cpu),
			(r.m, 'index ' || src, pg_relation_size((tb || '_idx')::regclass)),
			(r.m, 'table ' || src, pg_table_size(tb::regclass));
		-- insert into an indexed table, pending list merged
		tb := 'i_' || r.ord || '_' || src;
		PERFORM bench.cpu_s(ARRAY(SELECT format(s, tb) FROM unnest(r.ddl) s));
		cpu := bench.cpu_s(ARRAY[
			format('INSERT INTO %I (id, body) SELECT id, body FROM %I', tb, src),
			format('SELECT gin_clean_pending_list(%L::regclass)', tb || '_idx')]);
		INSERT INTO bench.result VALUES (r.m, 'insert ' || src, cpu);
		EXECUTE format('DROP TABLE %I', tb);
	END LOOP;
END \$\$;
SQL
	done <<<"$methods"
done
psql -c "VACUUM ANALYZE"

# Agreement: matches on the paragraphs, term by term.
psql <<'SQL'
CREATE TABLE bench.agree (m text, t text, n_search int, n_both int, n_both_spaced int);
DO $$
DECLARE
	r bench.method;
	tm text;
	pred text;
BEGIN
	FOR r IN SELECT * FROM bench.method ORDER BY ord LOOP
		FOR tm IN SELECT t FROM term LOOP
			pred := format(r.pred, 'b_' || r.ord || '_para', tm);
			EXECUTE format($q$
				INSERT INTO bench.agree
				SELECT %L, %L, count(*), count(*) FILTER (WHERE tr.hit),
				       count(*) FILTER (WHERE tr.hit_spaced)
				FROM %I b JOIN bench.truth tr ON tr.id = b.id AND tr.t = %L
				WHERE %s$q$, r.m, tm, 'b_' || r.ord || '_para', tm, pred);
		END LOOP;
	END LOOP;
END $$;
SQL

# Query cost on the copy: count(*) per term.
psql <<'SQL'
CREATE TABLE bench.latency (m text, t text, cpu_ms float8, wall_ms float8);
DO $$
DECLARE
	r bench.method;
	tm text;
BEGIN
	FOR r IN SELECT * FROM bench.method ORDER BY ord LOOP
		FOR tm IN SELECT t FROM term LOOP
			INSERT INTO bench.latency
			SELECT r.m, tm, q.cpu_ms, q.wall_ms FROM bench.query_ms(
				format('SELECT count(*) FROM %I WHERE ', 'b_' || r.ord || '_para5') ||
				format(r.pred, 'b_' || r.ord || '_para5', tm)) q;
		END LOOP;
	END LOOP;
END $$;
SQL

# The table.
psql -At <<'SQL'
SELECT format('paragraphs: %s rows, %s MiB of text; copy: %s rows; %s terms (%s)',
	(SELECT count(*) FROM para),
	round((SELECT sum(octet_length(body)) FROM para) / 1048576.0, 2),
	(SELECT count(*) FROM para5), (SELECT count(*) FROM term),
	(SELECT string_agg(cls || ' ' || n, ', ' ORDER BY cls) FROM
		(SELECT cls, count(*) n FROM term GROUP BY cls) c));
SQL
psql -P footer=off <<'SQL'
WITH r AS (SELECT m, what, min(value) AS value FROM bench.result GROUP BY m, what),
cls AS (
	SELECT a.m, t.cls, sum(tr.n_like) AS n_like, sum(a.n_search) AS n_search, sum(a.n_both) AS n_both
	FROM bench.agree a JOIN term t USING (t)
	JOIN (SELECT t, count(*) FILTER (WHERE hit) AS n_like FROM bench.truth GROUP BY t) tr USING (t)
	GROUP BY ROLLUP (a.m, t.cls)),
pol AS (
	SELECT a.m, sum(tr.n_like) AS n_like, sum(a.n_search) AS n_search, sum(a.n_both) AS n_both
	FROM bench.agree a JOIN term t USING (t)
	JOIN (SELECT t, count(*) FILTER (WHERE hit) AS n_like FROM bench.truth GROUP BY t) tr USING (t)
	WHERE t.list = 'policy' GROUP BY a.m),
lat AS (
	SELECT m, percentile_cont(0.5) WITHIN GROUP (ORDER BY cpu_ms) AS p50,
	       percentile_cont(0.95) WITHIN GROUP (ORDER BY cpu_ms) AS p95,
	       percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms) AS w50,
	       percentile_cont(0.95) WITHIN GROUP (ORDER BY wall_ms) AS w95
	FROM bench.latency GROUP BY m),
rows AS (
	SELECT 1 AS o, 'build CPU s (paras / 5x)' AS what, m,
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'build para')::numeric, 2) || ' / ' ||
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'build para5')::numeric, 2) AS v
	FROM bench.method x
	UNION ALL
	SELECT 2, 'index MiB (paras / 5x)', m,
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'index para')::numeric / 1048576, 1) || ' / ' ||
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'index para5')::numeric / 1048576, 1)
	FROM bench.method x
	UNION ALL
	SELECT 3, 'table MiB, heap + toast (5x)', m,
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'table para5')::numeric / 1048576, 1)::text
	FROM bench.method x
	UNION ALL
	SELECT 4, 'insert CPU s (paras / 5x)', m,
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'insert para')::numeric, 2) || ' / ' ||
	       round((SELECT value FROM r WHERE r.m = x.m AND what = 'insert para5')::numeric, 2)
	FROM bench.method x
	UNION ALL
	SELECT 5, 'query p50 / p95 ms, CPU (5x)', m, round(p50::numeric, 2) || ' / ' || round(p95::numeric, 2)
	FROM lat
	UNION ALL
	SELECT 5.5, 'query p50 / p95 ms, best wall (5x)', m, round(w50::numeric, 2) || ' / ' || round(w95::numeric, 2)
	FROM lat
	UNION ALL
	SELECT 5.6 + (CASE t.cls WHEN '1 char' THEN 0 WHEN '2 chars' THEN 1 WHEN '3+ chars' THEN 2 ELSE 3 END) / 100.0,
	       '  p50 / p95 ms, CPU, ' || t.cls, l.m,
	       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY l.cpu_ms)::numeric, 2) || ' / ' ||
	       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY l.cpu_ms)::numeric, 2)
	FROM bench.latency l JOIN term t USING (t) GROUP BY t.cls, l.m
	UNION ALL
	SELECT 6, 'agreement, policy terms (recall / precision %)', m,
	       round(100.0 * n_both / nullif(n_like, 0), 2) || ' / ' || round(100.0 * n_both / nullif(n_search, 0), 2)
	FROM pol
	UNION ALL
	SELECT 7 + (CASE cls WHEN '1 char' THEN 0 WHEN '2 chars' THEN 1 WHEN '3+ chars' THEN 2 WHEN 'mixed' THEN 3 ELSE 4 END),
	       'agreement, ' || coalesce(cls, 'all terms') || ' (recall / precision %)', m,
	       round(100.0 * n_both / nullif(n_like, 0), 2) || ' / ' || round(100.0 * n_both / nullif(n_search, 0), 2)
	FROM cls WHERE m IS NOT NULL)
SELECT rpad(what, 48) AS " ",
       max(v) FILTER (WHERE m = 'govreport') AS "govreport",
       max(v) FILTER (WHERE m = 'govreport default') AS "govreport default",
       max(v) FILTER (WHERE m = 'govreport expr') AS "govreport expr",
       max(v) FILTER (WHERE m = 'pg_bigm') AS "pg_bigm",
       max(v) FILTER (WHERE m = 'pg_trgm') AS "pg_trgm",
       max(v) FILTER (WHERE m = 'bigm folded') AS "bigm folded"
FROM rows GROUP BY o, what ORDER BY o;

-- govreport against pg_bigm, the issue's aims (<= 1.2x).
WITH v AS (
	SELECT m, min(value) FILTER (WHERE what = 'index para') i1, min(value) FILTER (WHERE what = 'index para5') i5,
	       min(value) FILTER (WHERE what = 'build para') b1, min(value) FILTER (WHERE what = 'build para5') b5,
	       min(value) FILTER (WHERE what = 'insert para') n1, min(value) FILTER (WHERE what = 'insert para5') n5
	FROM bench.result GROUP BY m)
SELECT format('%s / pg_bigm: index %s (paras) %s (5x), build %s / %s, insert %s / %s', g.m,
	round((g.i1 / b.i1)::numeric, 2), round((g.i5 / b.i5)::numeric, 2),
	round((g.b1 / b.b1)::numeric, 2), round((g.b5 / b.b5)::numeric, 2),
	round((g.n1 / b.n1)::numeric, 2), round((g.n5 / b.n5)::numeric, 2)) AS "ratios"
FROM v g, v b
WHERE g.m LIKE 'govreport%' AND b.m = 'pg_bigm'
ORDER BY g.m;

-- Matches govreport finds that plain LIKE on the normal form does not:
-- text with whitespace inside the term.
SELECT format('govreport matches with whitespace inside the term (not found by LIKE on the normal form with its spaces): %s of %s',
	sum(n_both - n_both_spaced), sum(n_search))
FROM bench.agree WHERE m = 'govreport';

-- to_tsvector('simple') and to_tsvector('govreport') over the same paragraphs, for scale.
SELECT format('CPU s over the paragraphs: to_tsvector(''simple'') %s, to_tsvector(''govreport'') %s, zh_tsvector %s',
	round(bench.cpu_s(ARRAY['SELECT sum(length(to_tsvector(''simple'', body))) FROM para'])::numeric, 2),
	round(bench.cpu_s(ARRAY['SELECT sum(length(to_tsvector(''govreport'', body))) FROM para'])::numeric, 2),
	round(bench.cpu_s(ARRAY['SELECT sum(length(zh_tsvector(body))) FROM para'])::numeric, 2)) AS " ";
SQL
