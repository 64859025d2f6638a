#!/bin/bash
# Headline targets of the State Council reports (GDP growth, consumer
# prices, new urban jobs) come out of extract_metrics as target rows with
# the right value and qualifier.  Needs the shared national corpus.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
NAT=$SHARED/corpus/national

# year | indicator pattern | value | unit | qualifier
CHECKS='2005|国内生产总值|8|%|about
2005|城镇新增就业|9000000|人|exact
2005|居民消费价格|4|%|exact
2006|国内生产总值|8|%|about
2006|城镇新增就业|9000000|人|exact
2006|居民消费价格|3|%|exact
2007|国内生产总值|8|%|about
2007|城镇新增就业|9000000|人|at_least
2007|居民消费价格|3|%|at_most
2008|国内生产总值|8|%|about
2008|居民消费价格|4.8|%|about
2008|城镇新增就业|10000000|人|exact
2009|国内生产总值|8|%|about
2009|城镇新增就业|9000000|人|at_least
2009|居民消费价格|4|%|about'

if [ ! -d "$NAT" ]; then
	n=0
	while IFS='|' read -r year ind _; do
		n=$((n + 1))
		echo "ok $n - $year $ind target # SKIP no shared corpus"
	done <<<"$CHECKS"
	exit 0
fi

DB=govreport_metrics_national
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB"' EXIT
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION govreport;" >/dev/null

n=0
while IFS='|' read -r year ind value unit qual; do
	n=$((n + 1))
	got=$(psql -X -q -At -d "$DB" -v doc="$(cat "$NAT/$year.txt")" -v ind="$ind" \
		-v value="$value" -v unit="$unit" -v qual="$qual" -f - <<'SQL'
SELECT count(*) FROM extract_metrics(:'doc')
WHERE is_target AND indicator LIKE '%' || :'ind' || '%'
  AND value = :'value'::numeric AND unit = :'unit' AND qualifier = :'qual';
SQL
	)
	if [ "${got:-0}" -ge 1 ] 2>/dev/null; then
		echo "ok $n - $year $ind $value$unit $qual is a target"
	else
		echo "not ok $n - $year $ind $value$unit $qual is a target"
		psql -X -q -At -d "$DB" -v doc="$(cat "$NAT/$year.txt")" -v ind="$ind" -f - <<'SQL' | sed 's/^/# /' | head -5
SELECT indicator, value, unit, qualifier, is_target, mention FROM extract_metrics(:'doc')
WHERE indicator LIKE '%' || :'ind' || '%' LIMIT 5;
SQL
	fi
done <<<"$CHECKS"
