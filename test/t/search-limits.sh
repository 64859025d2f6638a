#!/bin/bash
# Bad input for the search functions: a 100 MB document (clear error or
# result, and statement_timeout cancels the work), empty and blank input, a
# database that is not UTF-8 (text there may hold any bytes).
set -uo pipefail
DB=govreport_search_limits
DB_ASCII=govreport_search_ascii
echo "1..6"
dropdb --if-exists "$DB" >/dev/null 2>&1
dropdb --if-exists "$DB_ASCII" >/dev/null 2>&1
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1; dropdb --if-exists "$DB_ASCII" >/dev/null 2>&1' EXIT
createdb "$DB" && psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" || { echo "not ok 1 - set up"; exit 1; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@" 2>&1; }

# 100 MB: the parser refuses documents over 32 MB with a clear error (a
# tsvector could not hold the result); zh_tokenize is cancelled by the
# timeout.
big="SELECT repeat('城镇新增就业1244万人，GDP增长5.2%。推进乡村振兴和营商环境优化。', 1000000) AS d"
out=$(q -c "SET statement_timeout = '120s'" -c "SELECT length(to_tsvector('govreport', d)) FROM ($big) s")
if echo "$out" | grep -q 'document too long for the govreport text search parser'; then
	echo "ok 1 - to_tsvector on 100 MB: clear error"
else
	echo "not ok 1 - to_tsvector on 100 MB: $out"
fi
start=$(date +%s)
out=$(q -c "SET statement_timeout = '2s'" -c "SELECT count(*) FROM ($big) s, zh_tokenize(d)")
took=$(( $(date +%s) - start ))
if echo "$out" | grep -q 'canceling statement due to statement timeout' && [ "$took" -lt 30 ]; then
	echo "ok 2 - zh_tokenize on 100 MB is interruptible (cancelled after ${took}s)"
else
	echo "not ok 2 - zh_tokenize on 100 MB is interruptible: $out (${took}s)"
fi
mid="SELECT repeat('城镇新增就业1244万人，GDP增长5.2%。推进乡村振兴和营商环境优化。', 300000) AS d"
out=$(q -c "SET statement_timeout = '2s'" -c "SELECT length(to_tsvector('govreport', d)) FROM ($mid) s")
if echo "$out" | grep -qE 'canceling statement due to statement timeout|document too long'; then
	echo "ok 3 - to_tsvector on 28 MB stops at statement_timeout or errors (${out:7:60})"
else
	echo "not ok 3 - to_tsvector on 28 MB with statement_timeout: $out"
fi

out=$(q -c "SET client_min_messages = warning" -c "SELECT to_tsvector('govreport', '') = ''::tsvector, (SELECT count(*) FROM zh_tokenize(' 　 ')), numnode(plainto_tsquery('govreport', '的'))")
if [ "$out" = "t|0|0" ]; then
	echo "ok 4 - empty, blank and stop-word-only input give empty results"
else
	echo "not ok 4 - empty input: $out"
fi

# A SQL_ASCII database accepts any bytes in text: the functions refuse it
# clearly instead of reading invalid UTF-8.
createdb -E SQL_ASCII --locale=C -T template0 "$DB_ASCII" &&
	psql -X -q -d "$DB_ASCII" -c "CREATE EXTENSION govreport" >/dev/null 2>&1
out=$(psql -X -q -At -d "$DB_ASCII" -c "SELECT count(*) FROM zh_tokenize(convert_from('\\xe8ff80'::bytea, 'SQL_ASCII'))" 2>&1)
if echo "$out" | grep -q 'requires a UTF8 database'; then
	echo "ok 5 - zh_tokenize in a non-UTF-8 database: clear error"
else
	echo "not ok 5 - zh_tokenize in a non-UTF-8 database: $out"
fi
out=$(psql -X -q -At -d "$DB_ASCII" -c "SELECT to_tsvector('govreport', convert_from('\\xe8ff80'::bytea, 'SQL_ASCII'))" 2>&1)
if echo "$out" | grep -q 'requires a UTF8 database'; then
	echo "ok 6 - to_tsvector in a non-UTF-8 database: clear error"
else
	echo "not ok 6 - to_tsvector in a non-UTF-8 database: $out"
fi
