#!/bin/bash
# Benchmark govreport-load: load throughput in MB/s of input files, for the
# national reports (or the samples) in UTF-8 and re-encoded to GB18030,
# Big5 (lossy) and UTF-16, and made into PDF, Word and web pages
# (test/t/lib/make_formats.py), each into a fresh table; compared with
# PostgreSQL's own to_tsvector('simple', ...) over the same texts in the
# same run.  A script, not a test.
#   PGHOST=... PGPORT=... PGUSER=... bash bench/load.sh [DATABASE]
# Uses GOVREPORT_LOAD or the installed govreport-load; GOVREPORT_SHARED for
# the shared corpus (default: ../shared beside the project).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
LOAD=${GOVREPORT_LOAD:-$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
DB=${1:-govreport_bench_load}
W=$(mktemp -d /tmp/govreport-bench-load.XXXXXX)
trap 'rm -rf "$W"' EXIT

src="$SHARED/corpus/national"
[ -d "$src" ] || src="$ROOT/test/data"
psql -X -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 ||
	createdb "$DB"
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport" >/dev/null

mkdir -p "$W/utf8" "$W/gb18030" "$W/big5" "$W/utf16" "$W/pdf" "$W/docx" "$W/html"
for f in "$src"/*.txt; do
	b=$(basename "$f" .txt)
	cp "$f" "$W/utf8/$b.txt"
	iconv -c -f UTF-8 -t GB18030 "$f" >"$W/gb18030/$b.txt" 2>/dev/null || true
	iconv -c -f UTF-8 -t BIG5 "$f" >"$W/big5/$b.txt" 2>/dev/null || true
	iconv -f UTF-8 -t UTF-16 "$f" >"$W/utf16/$b.txt"
	# the forms reports are published in (test/t/lib/make_formats.py), made
	# from the report's clean text (one paragraph a line)
	printf '\\set t `cat %s`\nSELECT report_clean(:%s);\n' "$f" "'t'" | psql -X -q -d "$DB" -tA >"$W/$b.clean"
	/usr/bin/python3 "$ROOT/test/t/lib/make_formats.py" "$W/$b.clean" "$W/made/$b" >/dev/null
	cp "$W/made/$b/report.pdf" "$W/pdf/$b.pdf"
	cp "$W/made/$b/report.docx" "$W/docx/$b.docx"
	cp "$W/made/$b/page.html" "$W/html/$b.html"
done

echo "input: $(ls "$W/utf8" | wc -l) reports from $src"
printf '%-9s %8s %8s %9s %10s %14s %8s\n' form MB seconds 'MB/s' 'client s' 'simple MB/s' ratio
for enc in utf8 gb18030 big5 utf16 pdf docx html; do
	t=bench_$enc
	psql -X -q -d "$DB" -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS $t CASCADE" >/dev/null
	bytes=$(cat "$W/$enc"/* | wc -c)
	start=$(date +%s.%N)
	# the loader's own CPU (reading, decoding, PDF/Word/HTML parsing)
	client=$( { /usr/bin/time -f '%U %S' "$LOAD" -d "$DB" -t "$t" -q "$W/$enc"; } 2>&1 | awk 'END { print $1 + $2 }')
	end=$(date +%s.%N)
	# to_tsvector('simple') over the same texts, timed inside the server.
	simple=$(psql -X -q -d "$DB" -tA -c "SET client_min_messages = notice" -c "DO \$\$ DECLARE t0 timestamptz; mb numeric; BEGIN SELECT sum(octet_length(body)) / 1048576.0 INTO mb FROM $t; t0 := clock_timestamp(); PERFORM sum(length(to_tsvector('simple', body))) FROM $t; RAISE NOTICE 'mbps=%', round(mb / greatest(extract(epoch FROM clock_timestamp() - t0), 0.000001), 2); END \$\$" 2>&1 | sed -n 's/.*mbps=//p')
	awk -v enc="$enc" -v b="$bytes" -v s="$start" -v e="$end" -v simple="$simple" -v client="$client" 'BEGIN {
		mb = b / 1048576; sec = e - s; rate = mb / sec;
		printf "%-9s %8.2f %8.3f %9.2f %10.2f %14.2f %8.2f\n", enc, mb, sec, rate, client, simple, rate / simple }'
done
