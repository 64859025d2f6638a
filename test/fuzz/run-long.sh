#!/bin/bash
# Long fuzz runs (issue 15 asks for at least ten minutes per harness; the
# suites in test/t run each for seconds).  Builds every harness with
# AddressSanitizer and UndefinedBehaviorSanitizer, seeds it with the shared
# corpus, the sample reports and every pattern of adversarial.txt repeated
# to the harness's longest input, runs it, and prints one line per harness:
# executions, seconds, and "clean" or where the crash was saved.
#   bash test/fuzz/run-long.sh [SECONDS [HARNESS ...]]   (default 600, all)
# Exits non-zero when any harness finds something.  Keeps its work in
# $GOVREPORT_FUZZ_DIR (default /tmp/govreport-fuzz-long).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SECS=${1:-600}
shift || true
ALL=(fuzz_segment fuzz_tsparser fuzz_keywords fuzz_numeral fuzz_metrics fuzz_outline
	fuzz_section_in fuzz_load fuzz_load_docx fuzz_load_meta fuzz_load_layout)
HARNESSES=("${@:-${ALL[@]}}")
W=${GOVREPORT_FUZZ_DIR:-/tmp/govreport-fuzz-long}
mkdir -p "$W/bin" "$W/artifacts"
export GOVREPORT_LEXICON=$ROOT/tools/govreport.lex
[ -f "$GOVREPORT_LEXICON" ] || make -C "$ROOT" -s tools/govreport.lex >/dev/null || exit 2

max_len_of() {
	case $1 in
	fuzz_section_in) echo 256 ;;
	fuzz_numeral) echo 1024 ;;
	*) echo 8192 ;;
	esac
}

# seed_text DIR MAXLEN: the shared corpus, the sample reports in pieces and
# every adversarial pattern repeated to a short and to the longest input.
seed_text() {
	local dir=$1 max=$2 line n=0
	mkdir -p "$dir"
	cp "$HERE"/corpus/* "$dir/"
	for f in "$ROOT"/test/data/*.txt; do
		split -b "$max" "$f" "$dir/$(basename "$f" .txt)." 2>/dev/null
	done
	while IFS= read -r line; do
		case $line in '#'* | '') continue ;; esac
		n=$((n + 1))
		python3 -c 'import sys
p = sys.argv[1].replace("\\n", "\n").encode()
for size, name in ((64, "short"), (int(sys.argv[2]), "long")):
    open(sys.argv[3] + "." + name, "wb").write((p * (size // len(p) + 1))[:size])' \
			"$line" "$max" "$dir/adversarial$n"
	done <"$HERE/adversarial.txt"
}

status=0
for h in "${HARNESSES[@]}"; do
	case $h in
	fuzz_load*)
		[ -x "$W/bin/fuzz_load" ] || bash "$HERE/build-load.sh" "$W/bin" >"$W/build-load.log" 2>&1 ||
			{ cat "$W/build-load.log"; exit 2; }
		rm -rf "$W/seeds-load" && bash "$HERE/seeds-load.sh" "$W/seeds-load"
		mkdir -p "$W/corpus/$h"
		cp -r "$W/seeds-load/$h/." "$W/corpus/$h/"
		seed_text "$W/corpus/$h" "$(max_len_of "$h")"
		;;
	*)
		bash "$HERE/build.sh" "$h" "$W/bin/$h" >"$W/build-$h.log" 2>&1 ||
			{ cat "$W/build-$h.log"; exit 2; }
		seed_text "$W/corpus/$h" "$(max_len_of "$h")"
		;;
	esac
	log=$W/$h.log
	start=$(date +%s)
	(cd "$W/artifacts" && "$W/bin/$h" -max_total_time="$SECS" -max_len="$(max_len_of "$h")" \
		-timeout=10 -rss_limit_mb=2048 -artifact_prefix="$W/artifacts/$h-" \
		"$W/corpus/$h" >"$log" 2>&1)
	rc=$?
	execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
	if [ "$rc" -eq 0 ]; then
		result=clean
	else
		result="FOUND: $(grep -m1 -oE 'Test unit written to .*' "$log")"
		status=1
	fi
	printf '%-18s %12s executions in %4d s, %s\n' "$h" "${execs:-0}" "$(($(date +%s) - start))" "$result"
done
exit $status
