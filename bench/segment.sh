#!/bin/bash
# zh_segment benchmark on the national reports (1954-2009) concatenated, one
# row a paragraph (a tsvector holds at most 1 MB):
# throughput in MB/s and its ratio to to_tsvector('simple') on the same
# text in the same run; a new connection's first-call latency; the growth
# of a backend's resident memory from its first segmentation.
# Needs a running server with govreport installed in $PGDATABASE (default
# postgres), reached through PGHOST/PGPORT/PGUSER;
# reading /proc of the backend needs the same machine and rights.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
CORPUS=$SHARED/corpus/national
REPS=${REPS:-5}
[ -d "$CORPUS" ] || { echo "no corpus under $CORPUS" >&2; exit 1; }
export PGDATABASE=${PGDATABASE:-postgres}
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
cat "$CORPUS"/*.txt > "$TMP/national.txt"
chmod 644 "$TMP/national.txt"
bytes=$(wc -c < "$TMP/national.txt")

# The bare segmenter (no server, no array building), CPU time on one core.
CLANG=${CC:-gcc} bash "$ROOT/test/fuzz/build.sh" segment_bare "$TMP/segment_bare"
for i in 1 2 3; do
	GOVREPORT_LEXICON=${GOVREPORT_LEXICON:-$ROOT/tools/govreport.lex} \
		"$TMP/segment_bare" "$TMP/national.txt" "$REPS"
done

psql -X -q -At -v ON_ERROR_STOP=1 -v reps="$REPS" <<SQL
CREATE TEMP TABLE bench_doc (body text);
\copy bench_doc FROM '$TMP/national.txt' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
DELETE FROM bench_doc WHERE body IS NULL;
SELECT sum(octet_length(body)) AS bytes FROM bench_doc \gset
SELECT count(zh_segment(body)) FROM bench_doc \g /dev/null
SELECT count(to_tsvector('simple', body)) FROM bench_doc \g /dev/null
CREATE FUNCTION pg_temp.mbps(q text, reps int, bytes bigint) RETURNS float8
LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	FOR i IN 1..reps LOOP EXECUTE q; END LOOP;
	RETURN bytes * reps / 1e6 / extract(epoch FROM clock_timestamp() - t0);
END \$\$;
SELECT format('zh_segment: %s MB/s; to_tsvector(''simple''): %s MB/s; ratio %s (%s MB x %s)',
	round(s::numeric, 1), round(v::numeric, 1), round((s / v)::numeric, 2),
	round(:bytes / 1e6, 1), :reps)
FROM (SELECT pg_temp.mbps('SELECT sum(array_length(zh_segment(body), 1)) FROM bench_doc', :reps, :bytes) AS s,
             pg_temp.mbps('SELECT sum(length(to_tsvector(''simple'', body))) FROM bench_doc', :reps, :bytes) AS v) m;
SQL

# First call in a new connection, and the backend's memory before and after.
psql -X -q -At -v ON_ERROR_STOP=1 <<SQL
LOAD 'govreport';
SELECT pg_backend_pid() AS pid \gset
\setenv PID :pid
\! awk '/^(VmRSS|RssAnon|RssFile):/ { printf "%s=%s ", \$1, \$2 } END { print "" }' /proc/\$PID/status > $TMP/before
\! awk '/^Pss:/ { print \$2 }' /proc/\$PID/smaps_rollup > $TMP/pss_before
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT array_length(zh_segment('政府工作报告：坚持稳中求进工作总基调，推动高质量发展。'), 1) \g /dev/null
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 2) AS first_ms \gset
\! awk '/^(VmRSS|RssAnon|RssFile):/ { printf "%s=%s ", \$1, \$2 } END { print "" }' /proc/\$PID/status > $TMP/first
\! awk '/^Pss:/ { print \$2 }' /proc/\$PID/smaps_rollup > $TMP/pss_first
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT array_length(zh_segment('政府工作报告：坚持稳中求进工作总基调，推动高质量发展。'), 1) \g /dev/null
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 2) AS second_ms \gset
\echo first call in a new connection (library already loaded): :first_ms ms (second call :second_ms ms, both including the round trip)
\set doc \`cat $TMP/national.txt\`
SELECT array_length(zh_segment(:'doc'), 1) \g /dev/null
\! awk '/^(VmRSS|RssAnon|RssFile):/ { printf "%s=%s ", \$1, \$2 } END { print "" }' /proc/\$PID/status > $TMP/after
\! awk '/^Pss:/ { print \$2 }' /proc/\$PID/smaps_rollup > $TMP/pss_after
SQL
echo "backend memory (kB) before first call: $(cat "$TMP/before")Pss=$(cat "$TMP/pss_before")"
echo "backend memory (kB) after a first call (one sentence): $(cat "$TMP/first")Pss=$(cat "$TMP/pss_first")"
echo "backend memory (kB) after segmenting ${bytes} bytes: $(cat "$TMP/after")Pss=$(cat "$TMP/pss_after")"
awk -v a="$(sed 's/.*VmRSS:=\([0-9]*\).*/\1/' "$TMP/before")" -v b="$(sed 's/.*VmRSS:=\([0-9]*\).*/\1/' "$TMP/after")" \
	-v pa="$(cat "$TMP/pss_before")" -v pb="$(cat "$TMP/pss_after")" \
	'BEGIN { if (pa == "") pss = "not readable here"; else pss = sprintf("%.1f MB", (pb - pa) / 1024)
	        printf "after the whole corpus: RSS growth %.1f MB, PSS growth %s (mostly the shared lexicon mapping)\n", (b - a) / 1024, pss }'

# Many connections: what each one adds to the machine's memory.  K backends
# load the library, then all make their first call while the others hold
# on.  PSS divides each shared page among the processes mapping it, so the
# growth of the summed PSS over K is what one more connection costs.
K=${CONNECTIONS:-20}
pss_sum() {
	local total=0 pid v
	for pid in "$@"; do
		v=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
		total=$((total + ${v:-0}))
	done
	echo "$total"
}
for i in $(seq "$K"); do
	psql -X -q -At -c "LOAD 'govreport'" -c "SELECT 'pid ' || pg_backend_pid()" -c "SELECT pg_sleep(3)" \
		-c "SELECT array_length(zh_segment('政府工作报告：坚持稳中求进工作总基调，推动高质量发展。'), 1)" \
		-c "SELECT pg_sleep(4)" > "$TMP/conn$i" &
done
sleep 1.5
pids=$(cat "$TMP"/conn* | awk '$1 == "pid" { print $2 }')
npids=$(echo "$pids" | wc -w)
first=$(echo "$pids" | head -1)
readable=no
[ "$npids" -gt 0 ] && grep -q '^Pss:' "/proc/$first/smaps_rollup" 2>/dev/null && readable=yes
before=$(pss_sum $pids)
sleep 3.5
after=$(pss_sum $pids)
wait
if [ "$readable" = no ]; then
	echo "$K connections: the backends' /proc entries are not readable here; run as their owner or root"
else
	awk -v k="$npids" -v b="$before" -v a="$after" \
		'BEGIN { printf "%d connections, first call in each: PSS grows %.2f MB per connection\n", k, (a - b) / k / 1024 }'
fi
