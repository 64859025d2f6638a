#!/bin/bash
# Bad input for the search functions: a 100 MB document (clear error or
# result, and statement_timeout cancels the work), a 300,000-character
# report (indexed whole), a text whose lexemes pass what one tsvector holds
# (clear error with a hint), empty and blank input, a database that is not
# UTF-8 (text there may hold any bytes).
set -uo pipefail
DB=govreport_search_limits
DB_ASCII=govreport_search_ascii
echo "1..11"
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
if grep -q 'document too long for the govreport text search parser' <<<"$out"; then
	echo "ok 1 - to_tsvector on 100 MB: clear error"
else
	echo "not ok 1 - to_tsvector on 100 MB: $out"
fi
start=$(date +%s)
out=$(q -c "SET statement_timeout = '2s'" -c "SELECT count(*) FROM ($big) s, zh_tokenize(d)")
took=$(( $(date +%s) - start ))
if grep -q 'canceling statement due to statement timeout' <<<"$out" && [ "$took" -lt 30 ]; then
	echo "ok 2 - zh_tokenize on 100 MB is interruptible (cancelled after ${took}s)"
else
	echo "not ok 2 - zh_tokenize on 100 MB is interruptible: $out (${took}s)"
fi
mid="SELECT repeat('城镇新增就业1244万人，GDP增长5.2%。推进乡村振兴和营商环境优化。', 300000) AS d"
out=$(q -c "SET statement_timeout = '2s'" -c "SELECT length(to_tsvector('govreport', d)) FROM ($mid) s")
if grep -qE 'canceling statement due to statement timeout|document too long' <<<"$out"; then
	echo "ok 3 - to_tsvector on 28 MB stops at statement_timeout or errors (${out:7:60})"
else
	echo "not ok 3 - to_tsvector on 28 MB with statement_timeout: $out"
fi

out=$(q -c "SET client_min_messages = warning" -c "SELECT to_tsvector('govreport', '') = ''::tsvector, zh_tsvector(' 　 ') = ''::tsvector, (SELECT count(*) FROM zh_tokenize(' 　 ')), numnode(zh_tsquery(' ')), zh_tsquery('的')")
if [ "$out" = "t|t|0|0|'的':*" ]; then
	echo "ok 4 - empty and blank input give empty results; one character is a prefix query"
else
	echo "not ok 4 - empty input: $out"
fi

# zh_tsvector has no parser in front: 100 MB is read to the end or
# cancelled at statement_timeout, within seconds either way.
start=$(date +%s)
out=$(q -c "SET statement_timeout = '3s'" -c "SELECT length(zh_tsvector(d)) FROM ($big) s")
took=$(( $(date +%s) - start ))
if { grep -qE '^[0-9]+$|canceling statement due to statement timeout' <<<"$out"; } && [ "$took" -lt 30 ]; then
	echo "ok 5 - zh_tsvector on 100 MB: a vector or cancelled (${out:0:40}, ${took}s)"
else
	echo "not ok 5 - zh_tsvector on 100 MB: $out (${took}s)"
fi

# A 300,000-character report is indexed whole, by both functions alike,
# and a term at its very end is found.
report="SELECT left(repeat('城镇新增就业1244万人，GDP增长5.2%。推进乡村振兴和营商环境优化。', 10000), 299992) || '加快建设数字政府' AS d"
out=$(q -c "SELECT char_length(d), to_tsvector('govreport', d) = zh_tsvector(d), pg_column_size(zh_tsvector(d)) < 1048576, zh_tsvector(d) @@ zh_tsquery('数字政府'), zh_tsvector(d) @@ zh_tsquery('政府数字') FROM ($report) s")
if [ "$out" = "300000|t|t|t|f" ]; then
	echo "ok 6 - a 300,000-character report is indexed whole; its last term is found"
else
	echo "not ok 6 - a 300,000-character report: $out"
fi
report="SELECT string_agg(chr((19968 + (i::bigint * 7919) % 20000)::int), '') AS d FROM generate_series(1, 300000) i"
out=$(q -c "SELECT char_length(d), to_tsvector('govreport', d) = zh_tsvector(d), zh_tsvector(d) @@ zh_tsquery(substr(d, 299990, 8)), zh_tsvector(d) @@ zh_tsquery(substr(d, 150000, 8)) FROM ($report) s")
if [ "$out" = "300000|t|t|t" ]; then
	echo "ok 7 - 300,000 characters with 20,000 different pairs: indexed whole, terms found"
else
	echo "not ok 7 - 300,000 varied characters: $out"
fi

# Lexemes past what one tsvector holds (1 MB): a clear error and a hint.
huge="SELECT string_agg(chr(19968 + floor(random() * 20000)::int), '') AS d FROM generate_series(1, 600000)"
out=$(q -c "SELECT setseed(0.42)" -c "SELECT length(zh_tsvector(d)) FROM ($huge) s" 2>&1)
if grep -q 'document is too long for one tsvector' <<<"$out" &&
	grep -q 'HINT:  Index the document in parts' <<<"$out"; then
	echo "ok 8 - zh_tsvector past 1 MB of lexemes: clear error with a hint"
else
	echo "not ok 8 - zh_tsvector past 1 MB of lexemes: ${out:0:200}"
fi
out=$(q -c "SELECT setseed(0.42)" -c "SELECT length(to_tsvector('govreport', d)) FROM ($huge) s" 2>&1)
if grep -q 'string is too long for tsvector' <<<"$out"; then
	echo "ok 9 - to_tsvector past 1 MB of lexemes: core's error"
else
	echo "not ok 9 - to_tsvector past 1 MB of lexemes: ${out:0:200}"
fi

# A SQL_ASCII database accepts any bytes in text: the functions refuse it
# clearly instead of reading invalid UTF-8.
createdb -E SQL_ASCII --locale=C -T template0 "$DB_ASCII" &&
	psql -X -q -d "$DB_ASCII" -c "CREATE EXTENSION govreport" >/dev/null 2>&1
out=$(psql -X -q -At -d "$DB_ASCII" -c "SELECT count(*) FROM zh_tokenize(convert_from('\\xe8ff80'::bytea, 'SQL_ASCII'))" 2>&1)
if grep -q 'requires a UTF8 database' <<<"$out"; then
	echo "ok 10 - zh_tokenize in a non-UTF-8 database: clear error"
else
	echo "not ok 10 - zh_tokenize in a non-UTF-8 database: $out"
fi
out=$(psql -X -q -At -d "$DB_ASCII" -c "SELECT to_tsvector('govreport', convert_from('\\xe8ff80'::bytea, 'SQL_ASCII'))" \
	-c "SELECT zh_tsvector(convert_from('\\xe8ff80'::bytea, 'SQL_ASCII'))" 2>&1)
if [ "$(echo "$out" | grep -c 'requires a UTF8 database')" = 2 ]; then
	echo "ok 11 - to_tsvector and zh_tsvector in a non-UTF-8 database: clear error"
else
	echo "not ok 11 - to_tsvector and zh_tsvector in a non-UTF-8 database: $out"
fi
