#!/bin/bash
# The one way to build govreport's code without the server:
#   bash test/fuzz/build.sh NAME [OUTPUT]     (default /tmp/NAME)
# NAME is a libFuzzer harness of test/fuzz (fuzz_*: built with clang,
# -fsanitize=fuzzer,address,undefined) or a plain program (dump_outline,
# dump_figures, segment_bare: -O2).  Every one compiles the server-free
# sources of src/ it needs against the stand-in headers of
# test/fuzz/include and the runtime test/fuzz/standalone.c (see
# include/postgres.h).  Programs that read the lexicon take it from
# $GOVREPORT_LEXICON or tools/govreport.lex in the current folder.
# The loader's harnesses (client code, no server headers) are built by
# test/fuzz/build-load.sh.
#
# Then run e.g.: /tmp/fuzz_tsparser -max_total_time=300 test/fuzz/corpus
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NAME=${1:?usage: build.sh NAME [OUTPUT]}
OUT=${2:-/tmp/$NAME}
CC=${CLANG:-clang-14}

# The sources of src/ each program needs, and extra libraries.
LEXICON=(lexicon.c)
SEGMENTER=(segment.c wordbreak.c "${LEXICON[@]}")
OUTLINE=(section_syntax.c outline_scan.c outline_info.c outline_role.c outline_text.c
	normalize.c "${LEXICON[@]}")
FIGURES=(numeral.c units.c metrics.c metrics_text.c metrics_quantity.c metrics_context.c
	metrics_indicator.c metrics_target.c segment.c wordbreak.c "${OUTLINE[@]}")
LIBS=()
MAIN=$HERE/$NAME.c
case $NAME in
fuzz_tsparser) SRC=(normalize.c scan.c searchkeys.c "${LEXICON[@]}") ;;
fuzz_keywords) SRC=(normalize.c scan.c wordtable.c keywords.c "${LEXICON[@]}"); LIBS=(-lm) ;;
fuzz_segment) SRC=("${SEGMENTER[@]}") ;;
segment_bare) SRC=("${SEGMENTER[@]}"); MAIN=$ROOT/bench/segment_bare.c ;;
fuzz_outline | dump_outline) SRC=("${OUTLINE[@]}") ;;
fuzz_section_in) SRC=(section_syntax.c) ;;
fuzz_numeral) SRC=(numeral.c) ;;
fuzz_metrics | dump_figures) SRC=("${FIGURES[@]}") ;;
*) echo "build.sh: unknown program $NAME" >&2; exit 2 ;;
esac
RUNTIME=("$HERE/standalone.c")
case " ${SRC[*]} " in
*" lexicon.c "*) RUNTIME+=("$HERE/lexicon_file.c") ;;
esac
case $NAME in
fuzz_tsparser | fuzz_keywords) RUNTIME+=("$HERE/stand_in_segmenter.c") ;;
esac
case " ${SRC[*]} " in
*" wordbreak.c "*)
	CFLAGS_ICU=$(pkg-config --cflags icu-uc)
	LIBS+=($(pkg-config --libs icu-uc) -lm) ;;
*) CFLAGS_ICU= ;;
esac

case $NAME in
fuzz_*) FLAGS=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined) ;;
*) FLAGS=(-g -O2) ;;
esac

# shellcheck disable=SC2086
"$CC" "${FLAGS[@]}" -I"$HERE/include" -I"$ROOT/src" $CFLAGS_ICU \
	"$MAIN" "${SRC[@]/#/$ROOT/src/}" "${RUNTIME[@]}" \
	"${LIBS[@]}" -o "$OUT"
