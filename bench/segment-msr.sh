#!/bin/bash
# Segmentation quality on the SIGHAN 2005 MSR test set (research use only:
# read from the shared folder, never copied into the project): prints
# precision, recall and F1 of zh_segment's word spans against the gold.
# Needs a running server with govreport installed (PGHOST/PGPORT/PGUSER).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
GOLD=$SHARED/gold
[ -f "$GOLD/msr_test.utf8" ] || { echo "no MSR gold under $GOLD" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Lines with their numbers, so the output keeps the input's order.
awk '{ printf "%d\x01%s\n", NR, $0 }' "$GOLD/msr_test.utf8" > "$TMP/in"
psql -X -q -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" <<SQL > /dev/null
CREATE TEMP TABLE msr (n int, line text);
\copy msr FROM '$TMP/in' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
\o $TMP/out
\pset tuples_only on
\pset format unaligned
SELECT array_to_string(zh_segment(coalesce(line, '')), ' ') FROM msr ORDER BY n;
SQL
/usr/bin/python3 "$ROOT/bench/score_spans.py" "$GOLD/msr_test_gold.utf8" "$TMP/out" |
	awk '{ printf "MSR: precision %s recall %s F1 %s (%s lines, %s skipped)\n", $1, $2, $3, $4, $5 }'
