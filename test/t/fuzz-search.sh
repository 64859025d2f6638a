#!/bin/bash
# Fuzz smoke run of the text search scan and token normaliser: builds the
# libFuzzer harness (test/fuzz/fuzz_tsparser.c) and runs it for a few
# seconds from the seed corpus.  Longer runs: see doc/search.md.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d /tmp/govreport-fuzz.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

echo "1..2"
if ! command -v clang-14 >/dev/null 2>&1; then
	echo "ok 1 - fuzz harness builds # SKIP clang-14 not installed"
	echo "ok 2 - fuzz smoke run finds nothing # SKIP clang-14 not installed"
	exit 0
fi
if bash "$ROOT/test/fuzz/build.sh" fuzz_tsparser "$OUT/fuzz_tsparser" >"$OUT/build.log" 2>&1; then
	echo "ok 1 - fuzz harness builds"
else
	sed 's/^/# /' "$OUT/build.log" | head -20
	echo "not ok 1 - fuzz harness builds"
	echo "not ok 2 - fuzz smoke run finds nothing"
	exit 0
fi
mkdir -p "$OUT/corpus"
if GOVREPORT_LEXICON="$ROOT/tools/govreport.lex" "$OUT/fuzz_tsparser" -max_total_time=8 -rss_limit_mb=1024 -artifact_prefix="$OUT/" \
	"$OUT/corpus" "$ROOT/test/fuzz/corpus" >"$OUT/run.log" 2>&1; then
	echo "ok 2 - fuzz smoke run finds nothing ($(grep -o 'Done [0-9]* runs' "$OUT/run.log"))"
else
	grep -E 'ERROR|SUMMARY|#[0-9]+ ' "$OUT/run.log" | head -20 | sed 's/^/# /'
	echo "not ok 2 - fuzz smoke run finds nothing"
fi
