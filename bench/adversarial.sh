#!/bin/bash
# Worst-case inputs: every scanner on 1 MB of a repeated pattern that once
# made one of them slow (or could), timed beside to_tsvector('simple') on
# the same text.  A scanner that is linear in its input runs these in about
# the time it takes for 1 MB of report text; the statement timeout (default
# 60 s) marks one that is not.
#   bash bench/adversarial.sh            (PGHOST/PGPORT/PGUSER of a server with govreport)
#   GOVREPORT_BENCH_TIMEOUT=10s bash bench/adversarial.sh
set -u
DB=${GOVREPORT_BENCH_DB:-govreport_bench_adversarial}
TIMEOUT=${GOVREPORT_BENCH_TIMEOUT:-60s}
MB=${GOVREPORT_BENCH_BYTES:-1000000}
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || exit 1
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" || exit 1

# Patterns: test/fuzz/adversarial.txt (shared with the long fuzz runs), each
# repeated to $MB bytes.
PATTERNS=()
while IFS= read -r line; do
	case $line in '#'* | '') continue ;; esac
	PATTERNS+=("$line")
done <"$(dirname "$0")/../test/fuzz/adversarial.txt"
FUNCTIONS=(
	"to_tsvector('simple', t)"
	"to_tsvector('govreport', t)"
	"zh_segment(t)"
	"(SELECT count(*) FROM zh_tokenize(t))"
	"(SELECT count(*) FROM extract_metrics(t))"
	"(SELECT count(*) FROM report_sections(t))"
	"report_info(t)"
	"report_clean(t)"
	"zh_number(t)"
	"(t::report_section)"
)

ms_of() {	# the milliseconds psql's \timing printed, or "timeout"/"error"
	local out=$1
	if grep -q 'statement timeout' <<<"$out"; then echo timeout
	elif grep -q 'ERROR' <<<"$out"; then echo "error($(grep -m1 -o 'ERROR: .*' <<<"$out" | cut -c8-60))"
	else grep -o 'Time: [0-9.]* ms' <<<"$out" | tail -1 | awk '{printf "%.0f", $2}'
	fi
}

printf '%-14s' pattern
for f in "${FUNCTIONS[@]}"; do printf ' | %s' "$(sed -E 's/\(SELECT count\(\*\) FROM ([a-z_]+)\(t\)\)/\1/; s/\(t\)$//; s/\(.(simple|govreport)., t\)/(\1)/' <<<"$f")"; done
echo "   (ms for ${MB} bytes; statement_timeout $TIMEOUT)"
worst=0
for p in "${PATTERNS[@]}"; do
	printf '%-14s' "$p"
	for f in "${FUNCTIONS[@]}"; do
		out=$(psql -X -q -d "$DB" 2>&1 <<SQL
CREATE TEMP TABLE x AS SELECT repeat(E'$p', ($MB / octet_length(E'$p'))) AS t;
SET statement_timeout = '$TIMEOUT';
\timing on
SELECT $f IS NULL FROM x;
SQL
)
		ms=$(ms_of "$out")
		printf ' | %s' "$ms"
		if [[ $ms =~ ^[0-9]+$ ]] && [ "$ms" -gt "$worst" ]; then worst=$ms; fi
	done
	echo
done
echo "slowest: $worst ms"
