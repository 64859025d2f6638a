#!/bin/bash
# Segmentation quality: F1 of zh_segment's word spans against the SIGHAN
# 2005 MSR gold (read from the shared folder, which stays outside the
# project) must reach 0.83.  Skips when the shared folder is absent.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export GOVREPORT_SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
if [ ! -f "$GOVREPORT_SHARED/gold/msr_test_gold.utf8" ]; then
	echo "ok 1 - MSR F1 >= 0.83 # SKIP no shared corpus"
	echo "1..1"
	exit 0
fi
DB=govreport_seg_msr
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" && psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" ||
	{ echo "not ok 1 - set up database"; exit 1; }
out=$(PGDATABASE=$DB bash "$ROOT/bench/segment-msr.sh" 2>&1)
dropdb "$DB"
echo "# $out"
f1=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' <<<"$out")
if [ -n "$f1" ] && awk -v f="$f1" 'BEGIN { exit !(f >= 0.83) }'; then
	echo "ok 1 - MSR F1 $f1 >= 0.83"
else
	echo "not ok 1 - MSR F1 ${f1:-none} >= 0.83"
fi
echo "1..1"
