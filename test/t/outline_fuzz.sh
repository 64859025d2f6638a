#!/bin/bash
# Fuzz smoke run (a few seconds each) of the report_section text syntax and
# of the outline scanner, built standalone with libFuzzer + ASan + UBSan.
# The longer runs that found bugs are described in doc/outline.md.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CC=${CLANG:-clang-14}
SECONDS_EACH=${GOVREPORT_FUZZ_SECONDS:-5}
WORK=$(mktemp -d /tmp/govreport-fuzz.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "1..4"
if ! command -v "$CC" >/dev/null 2>&1; then
	for i in 1 2 3 4; do echo "ok $i - fuzz # SKIP $CC not installed"; done
	exit 0
fi

n=0
check() {
	n=$((n + 1))
	if "$@" >"$WORK/log" 2>&1; then
		echo "ok $n - $DESC"
	else
		echo "not ok $n - $DESC"
		tail -n 30 "$WORK/log" | sed 's/^/# /'
	fi
}

DESC="build fuzz_section_in"
check env CLANG="$CC" bash "$ROOT/test/fuzz/build.sh" fuzz_section_in "$WORK/fuzz_section_in"
DESC="build fuzz_outline"
check env CLANG="$CC" bash "$ROOT/test/fuzz/build.sh" fuzz_outline "$WORK/fuzz_outline"

mkdir -p "$WORK/sec" "$WORK/out"
printf '二、（四）3.' >"$WORK/sec/1"
printf '2.4.3' >"$WORK/sec/2"
printf '第十二部分§3——4¶5 2.㊿' >"$WORK/sec/3"
printf '（一千零一十）(12)①' >"$WORK/sec/4"
for f in "$ROOT"/test/data/*.txt; do
	head -c 6000 "$f" >"$WORK/out/$(basename "$f")"
done

cd "$WORK"
DESC="fuzz_section_in runs clean for ${SECONDS_EACH}s"
check ./fuzz_section_in -max_total_time="$SECONDS_EACH" -max_len=256 -rss_limit_mb=1024 sec
DESC="fuzz_outline runs clean for ${SECONDS_EACH}s"
check env GOVREPORT_LEXICON="$ROOT/tools/govreport.lex" ./fuzz_outline -max_total_time="$SECONDS_EACH" -max_len=8192 -rss_limit_mb=1024 out
