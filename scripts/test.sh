#!/bin/bash
# The test command: set up, build with warnings as errors, install into a
# private staging copy of the server, start a throwaway cluster, run the
# pg_regress suite and every test/t/*.sh suite, and end with one line
# "N passed, N failed".  Exits non-zero on any failure.
source "$(dirname "$0")/lib.sh"
cd "$GOVREPORT_ROOT"

install_packages
make -s PG_CONFIG="$PG_CONFIG" clean >/dev/null
build

WORK=$(mktemp -d /tmp/govreport-test.XXXXXX)
chmod 755 "$WORK"
trap 'stop_cluster "$WORK/cluster" "$WORK/stage$PG_BINDIR"; rm -rf "$WORK"' EXIT
install_staged "$WORK/stage"
export GOVREPORT_STAGE=$WORK/stage
start_cluster "$WORK/cluster" 5434 "$WORK/stage$PG_BINDIR"

passed=0
failed=0

say "pg_regress"
set +e
make -s PG_CONFIG="$PG_CONFIG" installcheck 2>&1 | tee "$WORK/regress.out"
set -e
n_ok=$(grep -cE '^(test +|ok +[0-9]+ +- +)?[[:alnum:]_-]+ +\.\.\. ok' "$WORK/regress.out" || true)
n_bad=$(grep -cE '\.\.\. (FAILED|failed)' "$WORK/regress.out" || true)
passed=$((passed + n_ok))
failed=$((failed + n_bad))
if [ "$n_ok" -eq 0 ] && [ "$n_bad" -eq 0 ]; then
	echo "pg_regress ran no test" >&2
	failed=$((failed + 1))
fi
if [ -s regression.diffs ] && [ "$n_bad" -gt 0 ]; then
	say "regression.diffs"
	head -n 300 regression.diffs
fi

# Further suites print TAP lines ("ok ..." / "not ok ..."); a suite that
# exits non-zero without a "not ok" line counts as one failure.  A
# "not ok ... # TODO" line is an aim not reached yet (TAP's meaning): it is
# listed at the end and counted neither way.
for suite in test/t/*.sh; do
	[ -e "$suite" ] || continue
	say "$suite"
	set +e
	bash "$suite" 2>&1 | tee "$WORK/suite.out"
	status=${PIPESTATUS[0]}
	set -e
	s_ok=$(grep -cE '^ok( |$)' "$WORK/suite.out" || true)
	s_bad=$(grep -E '^not ok( |$)' "$WORK/suite.out" | grep -cvE '# TODO( |$)' || true)
	grep -E '^not ok( |$).*# TODO( |$)' "$WORK/suite.out" | sed "s|^|$suite: |" >>"$WORK/todo.out" || true
	if [ "$status" -ne 0 ] && [ "$s_bad" -eq 0 ]; then
		s_bad=1
	fi
	passed=$((passed + s_ok))
	failed=$((failed + s_bad))
done

if [ -s "$WORK/todo.out" ]; then
	say "aims not reached yet (TODO)"
	cat "$WORK/todo.out"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
