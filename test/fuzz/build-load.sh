#!/bin/bash
# Build the loader's fuzz harness: test/fuzz/build-load.sh OUT_BINARY
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-/tmp/fuzz_load}
clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -I"$ROOT/tools" \
	"$ROOT/test/fuzz/fuzz_load.c" "$ROOT/tools/load/decode.c" "$ROOT/tools/load/html.c" \
	-licui18n -licuuc -licudata -o "$out"
