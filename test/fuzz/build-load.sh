#!/bin/bash
# Build the loader's fuzz harnesses into OUTDIR:
#   bash test/fuzz/build-load.sh OUTDIR
# fuzz_load (encodings, web pages), fuzz_load_docx (Word), fuzz_load_meta
# (sidecar CSV, paths, file names), fuzz_load_layout (PDF page layout).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-/tmp}
mkdir -p "$out"
CC=(clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I"$ROOT/tools")
L=$ROOT/tools/load
"${CC[@]}" $(pkg-config --cflags libxml-2.0) "$ROOT/test/fuzz/fuzz_load.c" "$L/decode.c" "$L/html.c" "$L/textbuf.c" \
	-licui18n -licuuc -licudata $(pkg-config --libs libxml-2.0) -o "$out/fuzz_load"
"${CC[@]}" $(pkg-config --cflags libxml-2.0 libzip) "$ROOT/test/fuzz/fuzz_load_docx.c" "$L/docx.c" "$L/textbuf.c" \
	$(pkg-config --libs libxml-2.0 libzip) -o "$out/fuzz_load_docx"
"${CC[@]}" $(pkg-config --cflags libxml-2.0) "$ROOT/test/fuzz/fuzz_load_meta.c" "$L/meta.c" "$L/decode.c" "$L/html.c" "$L/textbuf.c" \
	-licui18n -licuuc -licudata $(pkg-config --libs libxml-2.0) -o "$out/fuzz_load_meta"
"${CC[@]}" "$ROOT/test/fuzz/fuzz_load_layout.c" "$L/layout.c" "$L/textbuf.c" -o "$out/fuzz_load_layout"
