#!/bin/bash
# Build the libFuzzer harness for the search scan and normaliser:
#   bash test/fuzz/build.sh [OUTPUT]   (default /tmp/fuzz_tsparser)
# Then run e.g.: /tmp/fuzz_tsparser -max_total_time=300 test/fuzz/corpus
# (it reads the normal forms from the built lexicon, $GOVREPORT_LEXICON or
# tools/govreport.lex in the current folder).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp/fuzz_tsparser}
clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-I"$HERE/include" -I"$ROOT/src" \
	"$HERE/fuzz_tsparser.c" "$HERE/plain_alloc.c" "$ROOT/src/normalize.c" "$ROOT/src/scan.c" \
	"$ROOT/src/lexicon.c" "$HERE/lexicon_file.c" -o "$OUT"
