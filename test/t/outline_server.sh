#!/bin/bash
# report_sections / report_info / report_clean against hostile input in a
# running server: a 100 MB document, too many headings, cancellation, a
# database that is not UTF-8, and use by a role that is not a superuser.
set -u
DB=govreport_outline_t
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

echo "1..7"
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb -E UTF8 -T template0 "$DB" || { echo "not ok 1 - createdb"; exit 1; }
psql -d "$DB" -c "CREATE EXTENSION govreport" >/dev/null

n=0
# expect NAME PATTERN SQL: the output of SQL (stdout and stderr) matches PATTERN
expect() {
	local name=$1 pattern=$2 sql=$3 out
	n=$((n + 1))
	out=$(printf '%s\n' "$sql" | command psql -X -q -At -d "$DB" 2>&1)
	if printf '%s' "$out" | grep -Eq -- "$pattern"; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name"
		printf '%s\n' "$out" | head -n 5 | sed 's/^/# /'
	fi
}

BIG="CREATE TEMP TABLE big AS SELECT E'各位代表：\n一、总体要求\n' || repeat('就业形势总体稳定，新增城镇就业616人。', 1900000) AS doc;"

expect "a 100 MB document gets its outline" '^3\|38000013$' \
	"$BIG SELECT count(*) || '|' || max(char_end) FROM big, report_sections(doc);"
expect "a 100 MB document is cleaned" '^38000015$' \
	"$BIG SELECT length(report_clean(doc)) FROM big;"
expect "a long scan can be cancelled" 'canceling statement due to statement timeout' \
	"$BIG SET statement_timeout = '100ms'; SELECT count(*) FROM big, report_sections(doc);"
expect "too many headings is an error, not a memory blow-up" \
	'ERROR:  document has too many sections' \
	"SELECT count(*) FROM report_sections(repeat(E'一、标题\n', 200000));"

n=$((n + 1))
dropdb --if-exists "${DB}_ascii" >/dev/null 2>&1
if createdb -E SQL_ASCII -T template0 "${DB}_ascii" >/dev/null 2>&1 &&
	psql -d "${DB}_ascii" -c "CREATE EXTENSION govreport" >/dev/null 2>&1; then
	out=$(command psql -X -At -d "${DB}_ascii" -c "SELECT count(*) FROM report_sections(E'\\\\xff\\\\xfe 一、')" 2>&1)
	if printf '%s' "$out" | grep -q 'govreport requires a UTF8 database'; then
		echo "ok $n - a non-UTF-8 database gets a clear error"
	else
		echo "not ok $n - a non-UTF-8 database gets a clear error"
		printf '%s\n' "$out" | sed 's/^/# /'
	fi
else
	echo "ok $n - a non-UTF-8 database gets a clear error # SKIP cannot create SQL_ASCII database"
fi
dropdb --if-exists "${DB}_ascii" >/dev/null 2>&1

expect "a role without privileges can use the outline" '^true\|2\|county$' \
	"DROP ROLE IF EXISTS outline_user; CREATE ROLE outline_user; SET ROLE outline_user;
	 SELECT ('三、（二）'::report_section @> '三、（二）¶1') || '|' || depth('三、（二）') || '|' ||
	        (report_info(E'——2022年2月24日在市南区第十九届人民代表大会第一次会议上\n各位代表：')).admin_level;"
expect "invalid section input is a clean error" \
	'ERROR:  invalid input syntax for type report_section' "SELECT '（一'::report_section;"

command psql -X -q -d "$DB" -c "DROP ROLE IF EXISTS outline_user" >/dev/null 2>&1
dropdb --if-exists "$DB" >/dev/null 2>&1
exit 0
