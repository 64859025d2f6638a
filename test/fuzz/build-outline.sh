#!/bin/bash
# Build the outline's standalone programs: the libFuzzer harness
# (fuzz_outline, with ASan and UBSan) and the dump driver (dump_outline).
#   bash test/fuzz/build-outline.sh [OUTDIR]      (default /tmp)
# Both read the normal forms from the built lexicon: run them with
# GOVREPORT_LEXICON=tools/govreport.lex (or from the source folder).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp}
CC=${CLANG:-clang-14}
SRC=("$ROOT/src/section_syntax.c" "$ROOT/src/outline_scan.c" "$ROOT/src/outline_info.c"
	"$ROOT/src/outline_role.c" "$ROOT/src/outline_text.c"
	"$HERE/arena.c" "$HERE/arena_server.c" "$HERE/lexicon_file.c"
	"$ROOT/src/normalize.c" "$ROOT/src/lexicon.c")
INC=(-I"$HERE/include" -I"$ROOT/src" -I"$HERE" -DOUTLINE_STANDALONE)
if [ "${ONLY:-}" != dump ]; then
	"$CC" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		"${INC[@]}" "$HERE/fuzz_outline.c" "${SRC[@]}" -o "$OUT/fuzz_outline"
fi
if [ "${ONLY:-}" != fuzz ]; then
	"$CC" -g -O2 "${INC[@]}" "$HERE/dump_outline.c" "${SRC[@]}" -o "$OUT/dump_outline"
fi
