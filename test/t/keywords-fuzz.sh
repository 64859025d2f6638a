#!/bin/bash
# Fuzz smoke run of word counting and keywords (test/fuzz/fuzz_keywords.c):
# builds the harness without the server and runs it for a few seconds from
# the seed corpus and the sample reports.  Longer runs: doc/analysis.md.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d /tmp/govreport-fuzz-kw.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

echo "1..2"
if ! command -v clang-14 >/dev/null 2>&1; then
	echo "ok 1 - keywords fuzz harness builds # SKIP clang-14 not installed"
	echo "ok 2 - keywords fuzz smoke run finds nothing # SKIP clang-14 not installed"
	exit 0
fi
if bash "$ROOT/test/fuzz/build.sh" fuzz_keywords "$OUT/fuzz_keywords" >"$OUT/build.log" 2>&1; then
	echo "ok 1 - keywords fuzz harness builds"
else
	sed 's/^/# /' "$OUT/build.log" | head -20
	echo "not ok 1 - keywords fuzz harness builds"
	echo "not ok 2 - keywords fuzz smoke run finds nothing"
	exit 0
fi
mkdir -p "$OUT/corpus"
i=0
for f in "$ROOT"/test/data/*.txt; do
	# a pattern byte count, a cut pattern, then 2 kB of a report
	{ printf '\003\061\041\022\003'; head -c 2000 "$f"; } >"$OUT/corpus/seed$i"
	i=$((i + 1))
done
if GOVREPORT_LEXICON="$ROOT/tools/govreport.lex" "$OUT/fuzz_keywords" -max_total_time=8 \
	-max_len=4096 -rss_limit_mb=1024 -artifact_prefix="$OUT/" "$OUT/corpus" "$ROOT/test/fuzz/corpus" \
	>"$OUT/run.log" 2>&1; then
	echo "ok 2 - keywords fuzz smoke run finds nothing ($(grep -o 'Done [0-9]* runs' "$OUT/run.log"))"
else
	grep -E 'ERROR|SUMMARY|#[0-9]+ ' "$OUT/run.log" | head -20 | sed 's/^/# /'
	echo "not ok 2 - keywords fuzz smoke run finds nothing"
fi
