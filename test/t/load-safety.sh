#!/bin/bash
# govreport-load where files and databases misbehave: three loaders on one
# folder, symlink loops, FIFOs and devices, file names that are not UTF-8,
# table names too long for the BI views, schema-qualified tables, a hostile
# search_path, a forced encoding that reads badly, foreign keys and
# indexes of the companion tables, the password prompt.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/t/lib/tap.sh"
source "$ROOT/test/t/lib/loader.sh"
loader_suite load_safety
n_samples=$(ls "$ROOT"/test/data/*.txt | wc -l)

# Three loaders at once on the same folder, into a table none has made:
# every one exits 0 (a report another loader stored is "already there"),
# each report is stored once.
mkdir -p "$W/many"
cp "$ROOT"/test/data/*.txt "$W/many/"
for i in 1 2 3; do
	"$LOAD" -d "$DB" -t race -s -f -v --no-progress "$W/many" >"$W/race$i.out" 2>"$W/race$i.err" &
	pids[$i]=$!
done
codes=""
for i in 1 2 3; do
	wait "${pids[$i]}"
	codes="$codes$?"
done
check_eq "three concurrent loaders all exit 0" 000 "$codes"
check_eq "three concurrent loaders: no error message" "" "$(cat "$W"/race?.err | grep -v '^govreport-load: [0-9]* loaded')"
check_eq "three concurrent loaders: each report once" "$n_samples:$n_samples" \
	"$(sql "SELECT count(*) || ':' || count(DISTINCT content_sha256) FROM race")"
check_eq "three concurrent loaders: loaded + already there = files, for each" "$((3 * n_samples))" \
	"$(cat "$W"/race?.out | grep -cE '^(loaded|skipped) ')"
check_eq "three concurrent loaders: sections of each report once" 0 \
	"$(sql "SELECT count(*) FROM (SELECT report_id, section FROM race_sections GROUP BY 1, 2 HAVING count(*) > 1) d")"

# A symlink loop and a second link to the same folder: the walk ends and
# each file is loaded once.
mkdir -p "$W/loop/a/b"
cp "$ROOT/test/data/shinan-2022.txt" "$W/loop/a/b/"
cp "$ROOT/test/data/nangang-2022.txt" "$W/loop/a/"
ln -s .. "$W/loop/a/b/up"
ln -s ../a "$W/loop/a/b/again"
ln -s "$W/loop" "$W/loop/a/root"
ln "$W/loop/a/nangang-2022.txt" "$W/loop/hardlink.txt"
timeout 60 "$LOAD" -d "$DB" -t loop -v --no-progress "$W/loop" >"$W/out" 2>"$W/err"
check_eq "a folder with symlink loops: done, exit 0" 0 "$?"
check_eq "a folder with symlink loops: each file read once" 2 "$(grep -cE '^(loaded|skipped) ' "$W/out")"

# A FIFO and a socket in the folder are skipped with a note; a FIFO or a
# device named on the command line is refused at once (no blocking, no
# reading /dev/zero for ever).
mkdir -p "$W/fifo"
cp "$ROOT/test/data/shinan-2022.txt" "$W/fifo/"
mkfifo "$W/fifo/pipe.txt"
/usr/bin/python3 -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$W/fifo/sock.txt"
timeout 60 "$LOAD" -d "$DB" -t fifo --no-progress "$W/fifo" >"$W/out" 2>"$W/err"
check_eq "a FIFO in a folder does not block: exit 0, the report loaded" "0:1" "$?:$(sql 'SELECT count(*) FROM fifo')"
check "a FIFO in a folder: a note says it is skipped" grep -qF "pipe.txt: skipped: a FIFO, not a file" "$W/err"
check "a socket in a folder: a note says it is skipped" grep -qF "sock.txt: skipped: a socket, not a file" "$W/err"
start=$(date +%s)
timeout 60 "$LOAD" -d "$DB" -t fifo -q "$W/fifo/pipe.txt" /dev/zero 2>"$W/err"
status=$?
check_eq "a FIFO and /dev/zero named: refused with exit 1 within seconds" "1:yes" \
	"$status:$([ $(($(date +%s) - start)) -lt 20 ] && echo yes)"
check "/dev/zero named: a clear message" grep -qF "/dev/zero: a device, not a file: nothing to load" "$W/err"

# A file name with a byte that is not UTF-8 (GBK 南岗 = C4 CF B8 DA).
mkdir -p "$W/names"
cp "$ROOT/test/data/nangang-2022.txt" "$W/names/$(printf '\304\317\270\332-2022.txt')"
cp "$ROOT/test/data/shinan-2022.txt" "$W/names/$(printf 'bad-\377-name.txt')"
"$LOAD" -d "$DB" -t names -q "$W/names" 2>"$W/err"
check_eq "file names that are not UTF-8 load (exit 0)" "0:" "$?:$(cat "$W/err")"
check_eq "a GBK file name is stored decoded; others with \\x escapes" "bad-\\xFF-name.txt,南岗-2022.txt" \
	"$(sql "SELECT string_agg(file_name, ',' ORDER BY file_name) FROM names")"

# Table names: at most 51 bytes, so that NAME_sections_bi fits in 63.
name51=$(printf 't%.0s' $(seq 51))
name52=$(printf 't%.0s' $(seq 52))
"$LOAD" -d "$DB" -t "$name51" -s -f -q "$ROOT/test/data/shinan-2022.txt" 2>"$W/err"
check_eq "a 51-byte table name works, with its three BI views" "0:3" \
	"$?:$(sql "SELECT count(*) FROM pg_views WHERE viewname IN ('${name51}_bi', '${name51}_sections_bi', '${name51}_figures_bi')")"
for len in 52 54 60; do
	name=$(printf 'u%.0s' $(seq $len))
	"$LOAD" -d "$DB" -t "$name" -q "$ROOT/test/data/shinan-2022.txt" 2>"$W/err"
	check_eq "a $len-byte table name: exit 2 before anything is made" "2:0" \
		"$?:$(sql "SELECT count(*) FROM pg_class WHERE relname LIKE 'uuuu%'")"
done
check "a too long table name: the message gives the limit" grep -qF "is too long: at most 51 bytes" "$W/err"
check_eq "govreport_create_bi_views refuses a long name itself" "name_too_long" \
	"$(psql -X -q -d "$DB" -tA -v VERBOSITY=verbose -c "CREATE TABLE $name52 (id int)" -c "SELECT govreport_create_bi_views('$name52')" 2>&1 | sed -n 's/^ERROR:  \([0-9A-Z]*\): .*/\1/p' | sed 's/42622/name_too_long/')"

# -t SCHEMA.NAME: the table in that schema; "a.b" quoted is one name.
sql "CREATE SCHEMA archive"
"$LOAD" -d "$DB" -t archive.reports -s -f -q "$ROOT/test/data/shinan-2022.txt"
check_eq "-t schema.table: the tables are made in the schema" "archive.reports archive.reports_bi archive.reports_figures archive.reports_sections" \
	"$(sql "SELECT string_agg(schemaname || '.' || tablename, ' ' ORDER BY tablename) FROM (SELECT schemaname, tablename FROM pg_tables UNION ALL SELECT schemaname, viewname FROM pg_views) t WHERE schemaname = 'archive' AND tablename !~ '_(sections|figures)_bi$'")"
check_eq "-t schema.table: no table named with a dot" 0 "$(sql "SELECT count(*) FROM pg_class WHERE relname LIKE '%.%'")"
"$LOAD" -d "$DB" -t '"odd.name"' -q "$ROOT/test/data/shinan-2022.txt"
check_eq "-t '\"odd.name\"': one table with a dot in its name" 1 "$(sql "SELECT count(*) FROM pg_class WHERE relname = 'odd.name'")"

# A hostile search path: functions and operators planted in a schema the
# role searches first are never called by the loader's queries.
sql "CREATE SCHEMA evil;
     CREATE TABLE evil.calls (what text);
     CREATE FUNCTION evil.sha256(bytea) RETURNS bytea LANGUAGE sql AS \$\$ INSERT INTO evil.calls VALUES ('sha256') RETURNING ''::bytea \$\$;
     CREATE FUNCTION evil.report_clean(text) RETURNS text LANGUAGE sql AS \$\$ INSERT INTO evil.calls VALUES ('report_clean') RETURNING 'x' \$\$;
     CREATE FUNCTION evil.report_info(text) RETURNS TABLE (title text) LANGUAGE sql AS \$\$ INSERT INTO evil.calls VALUES ('report_info') RETURNING 'x' \$\$;
     CREATE FUNCTION evil.to_regprocedure(text) RETURNS regprocedure LANGUAGE sql AS \$\$ INSERT INTO evil.calls VALUES ('to_regprocedure') RETURNING NULL::regprocedure \$\$;
     CREATE FUNCTION evil.eq(bytea, bytea) RETURNS boolean LANGUAGE sql AS \$\$ INSERT INTO evil.calls VALUES ('=') RETURNING true \$\$;
     CREATE OPERATOR evil.= (LEFTARG = bytea, RIGHTARG = bytea, FUNCTION = evil.eq);"
PGOPTIONS="-c search_path=evil,public" "$LOAD" -d "$DB" -t public.hostile -s -f -q "$ROOT/test/data/shinan-2022.txt" "$ROOT/test/data/nangang-2022.txt"
check_eq "a hostile search_path: the load works" "0:2" "$?:$(sql 'SELECT count(*) FROM public.hostile')"
check_eq "a hostile search_path: nothing planted ran" 0 "$(sql 'SELECT count(*) FROM evil.calls')"
check_eq "a hostile search_path: the derived columns are the extension's" "市南区:370202" \
	"$(sql "SELECT region || ':' || region_code FROM public.hostile WHERE file_name = 'shinan-2022.txt'")"

# Companion tables point at their report: ON DELETE CASCADE, indexed.
check_eq "sections and figures have a foreign key with ON DELETE CASCADE" "c c" \
	"$(sql "SELECT string_agg(confdeltype::text, ' ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'f' AND confrelid = 'race'::regclass")"
check_eq "sections and figures have an index on report_id" 2 \
	"$(sql "SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE i.indrelid IN ('race_sections'::regclass, 'race_figures'::regclass) AND a.attname = 'report_id'")"
sql "DELETE FROM race WHERE file_name = 'shinan-2022.txt'"
check_eq "deleting a report deletes its sections and figures" 0 \
	"$(sql "SELECT (SELECT count(*) FROM race_sections WHERE report_id NOT IN (SELECT id FROM race)) + (SELECT count(*) FROM race_figures WHERE report_id NOT IN (SELECT id FROM race))")"
# A table made by an older loader: no key, and an orphan row.
sql "CREATE TABLE old (id bigserial PRIMARY KEY, file_name text NOT NULL, content_sha256 bytea NOT NULL UNIQUE,
       source_encoding text NOT NULL, from_html boolean NOT NULL, file_bytes bigint NOT NULL,
       loaded_at timestamptz NOT NULL DEFAULT now(), body text NOT NULL);
     CREATE TABLE old_figures AS SELECT 0::bigint AS report_id, m.* FROM extract_metrics('') m WITH NO DATA;
     INSERT INTO old_figures (report_id, indicator) VALUES (999, 'orphan')"
"$LOAD" -d "$DB" -t old -f -q "$ROOT/test/data/shinan-2022.txt" 2>"$W/err"
check_eq "an older table with an orphan row: loads, key added NOT VALID with a warning" "0:f:1" \
	"$?:$(sql "SELECT convalidated FROM pg_constraint WHERE conrelid = 'old_figures'::regclass AND contype = 'f'"):$(grep -c 'has rows of reports no longer in' "$W/err")"

# A forced encoding that reads badly: a warning, or a refusal with --strict.
mkdir -p "$W/koi"
cp "$ROOT/test/data/shinan-2022.txt" "$W/koi/"
"$LOAD" -d "$DB" -t koi -E KOI8-R -q "$W/koi" 2>"$W/err"
check_eq "-E KOI8-R on UTF-8 text: loads (exit 0) with a warning" "0:1" "$?:$(grep -c 'warning: the text read as KOI8-R does not look like Chinese .*the file reads as UTF-8' "$W/err")"
sql "DROP TABLE koi CASCADE"
"$LOAD" -d "$DB" -t koi -E KOI8-R --strict -q "$W/koi" 2>"$W/err"
check_eq "-E KOI8-R --strict: refused (exit 1), nothing stored" "1:0" "$?:$(sql 'SELECT count(*) FROM koi')"
# A page that declares a charset it is not in.
iconv -f UTF-8 -t BIG5 >"$W/koi/declared.html" <<'HTML'
<html><head><meta charset="gb2312"><title>報告</title></head><body><p>各位代表：現在，我代表區人民政府向大會報告工作，請予審議。</p></body></html>
HTML
"$LOAD" -d "$DB" -t declared --strict -q "$W/koi/declared.html" 2>"$W/err"
check_eq "a page declaring gb2312 in Big5: refused under --strict, with why" "1:1" \
	"$?:$(grep -c 'refused (--strict): the page declares charset GB18030 but is not text in it; read as Big5' "$W/err")"

# -W asks for the password on the terminal, as psql does.
{ sleep 1; echo secret; } | script -qec "'$LOAD' -W -d '$DB' -t pw -q '$ROOT/test/data/shinan-2022.txt'" /dev/null >"$W/tty" 2>&1
check "-W: asks 'Password: ' on the terminal and loads" test "$(grep -c 'Password:' "$W/tty"):$(sql 'SELECT count(*) FROM pw')" = "1:1"
setsid "$LOAD" -W -d "$DB" -t pw -q "$ROOT/test/data/shinan-2022.txt" </dev/null 2>"$W/err"
check_eq "-W without a terminal: exit 2 with a message" "2:1" "$?:$(grep -c 'needs a terminal' "$W/err")"

tap_done
