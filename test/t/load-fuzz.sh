#!/bin/bash
# Short libFuzzer runs over govreport-load's readers of untrusted input:
# encodings and web pages (fuzz_load), Word documents (fuzz_load_docx),
# the sidecar CSV, paths and file names (fuzz_load_meta), PDF page layout
# (fuzz_load_layout); seeded with the sample reports in several forms and
# adversarial inputs (deep nesting, link walls, entity bombs, unclosed
# quotes).  Longer runs: see doc/loader.md.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/t/lib/tap.sh"
W=$(mktemp -d /tmp/govreport-load-fuzz.XXXXXX)
trap 'rm -rf "$W"' EXIT
RUNS=${GOVREPORT_FUZZ_RUNS:-3000}
SECS=${GOVREPORT_FUZZ_SECONDS:-10}
HARNESSES="fuzz_load fuzz_load_docx fuzz_load_meta fuzz_load_layout"

if ! command -v clang-14 >/dev/null 2>&1; then
	for h in $HARNESSES; do ok "$h # SKIP clang-14 not installed"; done
	tap_done
	exit 0
fi
if bash "$ROOT/test/fuzz/build-load.sh" "$W" >"$W/build.log" 2>&1; then
	ok "the loader's fuzz harnesses build"
else
	cat "$W/build.log"
	not_ok "the loader's fuzz harnesses build"
	tap_done
	exit 1
fi

bash "$ROOT/test/fuzz/seeds-load.sh" "$W/c"

for h in $HARNESSES; do
	if (cd "$W" && ./"$h" -runs="$RUNS" -max_total_time="$SECS" -max_len=8192 -timeout=10 \
		"c/$h" >"$W/$h.log" 2>&1); then
		ok "$h: a short run finds nothing ($(grep -oE '#[0-9]+' "$W/$h.log" | tail -1) runs)"
	else
		tail -n 30 "$W/$h.log" | sed 's/^/# /'
		not_ok "$h: a short run finds nothing"
	fi
done
tap_done
