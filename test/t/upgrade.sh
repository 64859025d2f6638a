#!/bin/bash
# ALTER EXTENSION govreport UPDATE gives what a fresh install gives, and the
# data kept under the old version still answer (doc/upgrade.md).
#
# For every released version (sql/govreport--X.sql beside an upgrade path
# to the current one): install it from its frozen script, create data of
# every kind (test/t/lib/upgrade_data.sql: reports with a stored tsvector,
# GIN indexes, a report_section column with btree and hash indexes, figures,
# front matter, BI views, user lexicon words), record the answers
# (test/t/lib/upgrade_answers.sql), update, and check
#  - the extension's objects equal a fresh install's, property by property
#    (test/t/lib/extension_objects.sql lists every member generically, so
#    an object missing from the upgrade script shows as a difference);
#  - the answers are the same after the update (once what
#    govreport_lexicon_stale() lists is rebuilt), and the same as a fresh
#    install holding the same data;
#  - the btree index on report_section passes amcheck;
#  - the updated database takes new words and rows like a fresh one.
# Needs a running cluster reached as a superuser (PGHOST, PGPORT, PGUSER).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LIB=$ROOT/test/t/lib
source "$LIB/tap.sh"

FRESH=gr_upgrade_fresh
OLD=gr_upgrade_old
WORK=$(mktemp -d /tmp/gr-upgrade.XXXXXX)
cleanup() {
	dropdb --if-exists "$FRESH" >/dev/null 2>&1
	dropdb --if-exists "$OLD" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT
[ -n "${KEEP:-}" ] && trap - EXIT	# KEEP=1: leave the databases to look at

q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }

CURRENT=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$ROOT/govreport.control")
# Released versions: frozen scripts govreport--X.sql other than the current
# one's (which is built, not kept in sql/).
mapfile -t RELEASED < <(cd "$ROOT/sql" && ls govreport--*.sql | grep -v -- '--.*--' |
	sed 's/^govreport--\(.*\)\.sql$/\1/' | grep -vxF "$CURRENT" | sort -V)
check "there is a released version to update from (${RELEASED[*]:-none})" test ${#RELEASED[@]} -gt 0

# load_reports DB: the sample reports, their paragraphs and the search terms
load_reports() {
	local db=$1 f
	q "$db" -c "CREATE TABLE reports (id bigserial PRIMARY KEY, file_name text NOT NULL, body text NOT NULL)
		;CREATE TABLE paras (id bigserial PRIMARY KEY, src text, p text)
		;CREATE TABLE term (t text)" || return 1
	for f in "$ROOT"/test/data/*.txt; do
		echo "INSERT INTO reports (file_name, body) VALUES (:'fn', :'body')" |
			q "$db" -v fn="$(basename "$f")" -v body="$(cat "$f")" || return 1
	done
	q "$db" -c "INSERT INTO paras (src, p)
		SELECT file_name, line FROM reports, regexp_split_to_table(body, E'\n') WITH ORDINALITY AS l(line, n)
		WHERE line ~ '\S' ORDER BY reports.id, n" || return 1
	grep -v '^#' "$ROOT/test/data/search-terms.list" | sed '/^$/d' | q "$db" -c "COPY term FROM STDIN"
}

# answers DB FILE: the answers of DB's data into FILE; an error is a failure
answers() {
	if ! q "$1" -f "$LIB/upgrade_answers.sql" >"$2" 2>&1; then
		not_ok "answers in $1"
		sed 's/^/#   /' "$2" | grep -i -B2 -A2 error | head -n 20
	fi
}

# same NAME FILE1 FILE2: ok when the files are equal, else the diff
same() {
	if cmp -s "$2" "$3"; then
		ok "$1"
	else
		not_ok "$1"
		diff "$2" "$3" | head -n 60 | sed 's/^/#   /'
	fi
}

# install_with_data DB [VERSION]: a new database with the extension (the
# default version, or VERSION from its frozen script) and data of every kind
install_with_data() {
	dropdb --if-exists "$1" >/dev/null 2>&1
	createdb "$1" &&
		q "$1" -c "CREATE EXTENSION govreport${2:+ VERSION '$2'}" >/dev/null &&
		load_reports "$1" &&
		q "$1" -f "$LIB/upgrade_data.sql" >/dev/null
}

# The fresh install, with the same data.
install_with_data "$FRESH"
check "fresh install of $CURRENT with data" test $? -eq 0
q "$FRESH" -f "$LIB/extension_objects.sql" >"$WORK/objects.fresh" 2>&1
check "fresh install's objects listed" test -s "$WORK/objects.fresh"
answers "$FRESH" "$WORK/answers.fresh"
check_match "fresh install: indexes agree with sequential scans" \
	'index finds what a sequential scan finds: true' "$(cat "$WORK/answers.fresh")"

for v in "${RELEASED[@]}"; do
	install_with_data "$OLD" "$v"
	check "$v: install from its frozen script, with data" test $? -eq 0
	answers "$OLD" "$WORK/answers.before"
	same "$v: answers equal a fresh $CURRENT install's (same library)" \
		"$WORK/answers.fresh" "$WORK/answers.before"

	out=$(q "$OLD" -c "ALTER EXTENSION govreport UPDATE" \
		-c "SELECT extversion FROM pg_extension WHERE extname = 'govreport'" 2>&1)
	check_eq "$v: ALTER EXTENSION govreport UPDATE reaches $CURRENT" "$CURRENT" "$out"

	q "$OLD" -f "$LIB/extension_objects.sql" >"$WORK/objects.updated" 2>&1
	same "$v -> $CURRENT: every object equals a fresh install's" \
		"$WORK/objects.fresh" "$WORK/objects.updated"

	# The comparison can fail: an object the upgrade script would have
	# forgotten (here one added to the extension by hand) shows.
	q "$OLD" -c "CREATE FUNCTION gr_upgrade_probe() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1'" \
		-c "ALTER EXTENSION govreport ADD FUNCTION gr_upgrade_probe()" >/dev/null
	q "$OLD" -f "$LIB/extension_objects.sql" 2>&1 | diff "$WORK/objects.fresh" - >"$WORK/probe.diff"
	check_match "$v -> $CURRENT: an object missing from a fresh install shows" \
		'> function public.gr_upgrade_probe\(\) \| member' "$(cat "$WORK/probe.diff")"
	q "$OLD" -c "ALTER EXTENSION govreport DROP FUNCTION gr_upgrade_probe()" \
		-c "DROP FUNCTION gr_upgrade_probe()" >/dev/null

	# What was built under the old version was never recorded: listed as
	# such, until rebuilt and recorded (doc/upgrade.md).
	out=$(q "$OLD" -c "SELECT string_agg(concat_ws(' ', relation, column_name, kind, reason), '; ' ORDER BY relation::text)
		FROM govreport_lexicon_stale()" 2>&1)
	check_eq "$v -> $CURRENT: search indexes and stored vectors made before are listed as never recorded" \
		"paras_gin index never recorded; reports tsv stored column never recorded" "$out"
	out=$(q "$OLD" -c "SELECT rebuild FROM govreport_lexicon_stale()" | q "$OLD" -f - >/dev/null 2>&1 &&
		q "$OLD" -c "SELECT count(*) FROM govreport_lexicon_stale()" 2>&1)
	check_eq "$v -> $CURRENT: after the statements it gives, nothing is stale" "0" "$out"

	# Then the data answer as before.  (Rebuilt first: 0.2.0's search maps
	# punctuation and symbols too, so vectors stored under 0.1.0 differ from
	# what the configuration gives after the update; doc/search.md.)
	answers "$OLD" "$WORK/answers.after"
	same "$v -> $CURRENT: the data answer as before the update, once rebuilt" \
		"$WORK/answers.before" "$WORK/answers.after"

	out=$(q "$OLD" -c "CREATE EXTENSION IF NOT EXISTS amcheck" \
		-c "SELECT bt_index_check('reports_sections_btree', true)" 2>&1)
	check_eq "$v -> $CURRENT: report_section btree index passes amcheck" "" "$out"

	# New words and rows after the update behave as in a fresh install.
	# (The sections table was made under the old version, with the columns
	# report_sections had then: new rows name them.)
	for db in "$FRESH" "$OLD"; do
		q "$db" -c "INSERT INTO zh_user_lexicon (word) VALUES ('营商环境优化年')" \
			-c "INSERT INTO paras (src, p) VALUES ('new', '开展营商环境优化年活动，持续优化营商环境。')" \
			-c "INSERT INTO reports (file_name, body) SELECT 'copy', body FROM reports WHERE file_name = 'shinan-2022.txt'" \
			-c "INSERT INTO reports_sections (report_id, section, depth, heading, body, char_start, char_end)
				SELECT r.id, s.section, s.depth, s.heading, s.body, s.char_start, s.char_end
				FROM reports r, report_sections(r.body) s WHERE r.file_name = 'copy'" \
			>/dev/null 2>&1 || echo "# write failed in $db"
		answers "$db" "$WORK/answers.$db"
	done
	same "$v -> $CURRENT: new words and rows answer as in a fresh install" \
		"$WORK/answers.$FRESH" "$WORK/answers.$OLD"
	check_match "$v -> $CURRENT: indexes agree with sequential scans after writes" \
		'index finds what a sequential scan finds: true' "$(cat "$WORK/answers.$OLD")"

	# Undo the writes in the fresh database for the next released version.
	q "$FRESH" -c "DELETE FROM zh_user_lexicon WHERE word = '营商环境优化年'" \
		-c "DELETE FROM paras WHERE src = 'new'" \
		-c "DELETE FROM reports_sections WHERE report_id IN (SELECT id FROM reports WHERE file_name = 'copy')" \
		-c "DELETE FROM reports WHERE file_name = 'copy'" >/dev/null
done

tap_done
