#!/bin/bash
# Every function that reads report text stops within a second of a cancel
# (issue 15): each runs on 1 MB of every worst-case pattern of
# test/fuzz/adversarial.txt under a 300 ms statement_timeout, and each call
# must come back, finished or cancelled, within 1.3 s.  bench/adversarial.sh
# prints how long each takes without the timeout.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/t/lib/tap.sh"
DB=govreport_cancel
LIMIT_MS=${GOVREPORT_CANCEL_LIMIT_MS:-1300}
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" && psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" ||
	{ not_ok "set up"; tap_done; exit 1; }
trap 'dropdb --if-exists "$DB" 2>/dev/null' EXIT

# the patterns, each repeated to 1 MB, in a table
PATTERNS=()
while IFS= read -r line; do
	case $line in '#'* | '') continue ;; esac
	PATTERNS+=("$line")
done <"$ROOT/test/fuzz/adversarial.txt"
n=${#PATTERNS[@]}
{
	echo "CREATE TABLE adv (id int, pattern text, t text);"
	for i in "${!PATTERNS[@]}"; do
		p=${PATTERNS[$i]//\'/\'\'}
		echo "INSERT INTO adv SELECT $((i + 1)), E'$p', repeat(E'$p', 1000000 / octet_length(E'$p'));"
	done
} | psql -X -q -d "$DB" -v ON_ERROR_STOP=1 && [ "$n" -gt 0 ] ||
	{ not_ok "patterns loaded"; tap_done; exit 1; }

FUNCTIONS=(
	"to_tsvector('govreport', t)"
	"zh_tsvector(t)"
	"zh_segment(t)"
	"(SELECT count(*) FROM zh_tokenize(t))"
	"(SELECT count(*) FROM zh_word_counts(t))"
	"(SELECT count(*) FROM extract_metrics(t))"
	"(SELECT count(*) FROM report_sections(t))"
	"report_info(t)"
	"report_clean(t)"
	"zh_number(t)"
)

for f in "${FUNCTIONS[@]}"; do
	# one session per function: every pattern, timed by psql
	out=$(for i in $(seq 1 "$n"); do
		echo "SELECT $f IS NULL FROM adv WHERE id = $i;"
	done | psql -X -q -At -d "$DB" -c "SET statement_timeout = '300ms'" -c '\timing on' -f - 2>&1)
	slow=$(grep -oE '^Time: [0-9.]+ ms' <<<"$out" | awk -v lim="$LIMIT_MS" '
		{ i++; if ($2 > lim) printf "%s#%d:%.0fms ", "", i, $2; if ($2 > worst) worst = $2 }
		END { printf "|%.0f|%d", worst, i }')
	worst=$(cut -d'|' -f2 <<<"$slow")
	runs=$(cut -d'|' -f3 <<<"$slow")
	bad=$(cut -d'|' -f1 <<<"$slow")
	other=$(grep -E '^(ERROR|FATAL|server closed)' <<<"$out" | grep -v 'statement timeout' | head -3)
	if [ "$runs" -eq "$n" ] && [ -z "$bad" ] && [ -z "$other" ]; then
		ok "$f: $n patterns of 1 MB each end or cancel within ${LIMIT_MS} ms (slowest ${worst} ms)"
	else
		not_ok "$f: $n patterns of 1 MB each end or cancel within ${LIMIT_MS} ms"
		echo "#   timed $runs of $n; over the limit (pattern#:ms): $bad"
		[ -n "$other" ] && sed 's/^/#   /' <<<"$other"
	fi
done
tap_done
