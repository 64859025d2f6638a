#!/bin/bash
# Fuzz smoke run: build test/fuzz/fuzz_segment.c (libFuzzer + AddressSanitizer,
# no server) against the built lexicon and run it for a few seconds from a
# seed corpus of the sample reports.  A crash or an invariant failure fails.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if ! command -v clang-14 >/dev/null; then
	echo "ok 1 - fuzz smoke run # SKIP clang-14 not installed"
	echo "1..1"
	exit 0
fi
if bash "$ROOT/test/fuzz/build.sh" fuzz_segment "$TMP/fuzz_segment" >"$TMP/build.log" 2>&1; then
	echo "ok 1 - fuzz harness builds without the server"
else
	echo "not ok 1 - fuzz harness builds without the server"
	sed 's/^/# /' "$TMP/build.log"
	echo "1..1"
	exit 0
fi
mkdir "$TMP/corpus"
i=0
for f in "$ROOT"/test/data/*.txt; do
	split -b 2000 "$f" "$TMP/corpus/seed$i." 2>/dev/null
	i=$((i + 1))
done
printf '1998年3月12日 4.5万人 ５Ｇ PM2.5 73%% 百分之三十 經濟 5,000万元' > "$TMP/corpus/numbers"
if GOVREPORT_LEXICON=$ROOT/tools/govreport.lex "$TMP/fuzz_segment" -max_total_time=10 \
	-max_len=4096 -rss_limit_mb=1024 "$TMP/corpus" >"$TMP/fuzz.log" 2>&1; then
	echo "ok 2 - fuzz smoke run: $(grep -o 'Done [0-9]* runs' "$TMP/fuzz.log")"
else
	echo "not ok 2 - fuzz smoke run"
	tail -n 30 "$TMP/fuzz.log" | sed 's/^/# /'
fi
echo "1..2"
