#!/bin/bash
# Fuzz smoke run: build the libFuzzer harnesses of zh_number's parser and
# of the figure extractor against the pure C sources (no server) and run
# each for a few seconds from the seed corpus.  A crash, a sanitizer report
# or a broken invariant fails the run.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CC=${FUZZ_CC:-clang-14}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

n=0
for h in numeral metrics; do
	n=$((n + 1))
	if ! command -v "$CC" >/dev/null 2>&1; then
		echo "ok $n - fuzz_$h # SKIP no $CC"
		n=$((n + 1))
		echo "ok $n - fuzz_$h runs clean # SKIP no $CC"
		continue
	fi
	# the one way to build without the server (the figures need the outline)
	if CLANG=$CC bash "$ROOT/test/fuzz/build.sh" "fuzz_$h" "$WORK/fuzz_$h" 2>"$WORK/build_$h.log"; then
		echo "ok $n - fuzz_$h builds"
	else
		echo "not ok $n - fuzz_$h builds"
		sed 's/^/# /' "$WORK/build_$h.log" | head -20
		n=$((n + 1))
		echo "not ok $n - fuzz_$h runs clean"
		continue
	fi
	n=$((n + 1))
	mkdir -p "$WORK/corpus_$h"
	cp "$ROOT"/test/fuzz/corpus/* "$WORK/corpus_$h/"
	if timeout 60 "$WORK/fuzz_$h" -max_total_time=5 -max_len=2048 -rss_limit_mb=1024 \
		"$WORK/corpus_$h" >"$WORK/run_$h.log" 2>&1; then
		echo "ok $n - fuzz_$h runs clean ($(grep -o 'Done [0-9]* runs' "$WORK/run_$h.log"))"
	else
		echo "not ok $n - fuzz_$h runs clean"
		grep -E 'ERROR|SUMMARY|deadly' "$WORK/run_$h.log" | sed 's/^/# /' | head -20
	fi
done
