#!/bin/bash
# Build the libFuzzer harness for word counting and keywords:
#   bash test/fuzz/build-keywords.sh [OUTPUT]   (default /tmp/fuzz_keywords)
# Then run e.g.: /tmp/fuzz_keywords -max_total_time=300 test/fuzz/corpus
# (it reads the built lexicon, $GOVREPORT_LEXICON or tools/govreport.lex in
# the current folder).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp/fuzz_keywords}
clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-I"$HERE/include" -I"$ROOT/src" \
	"$HERE/fuzz_keywords.c" "$HERE/plain_alloc.c" "$ROOT/src/normalize.c" "$ROOT/src/scan.c" \
	"$ROOT/src/wordtable.c" "$ROOT/src/keywords.c" \
	"$ROOT/src/lexicon.c" "$HERE/lexicon_file.c" -lm -o "$OUT"
