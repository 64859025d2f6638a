# Set-up shared by the govreport-load suites (sourced after tap.sh):
#   loader_suite NAME   sets LOAD (the staged loader), DB (a fresh database
#   with the extension), W (a work folder removed at exit unless KEEP is
#   set) and sql() (one value of a query in DB).
loader_suite() {
	LOAD=${GOVREPORT_LOAD:-${GOVREPORT_STAGE:-}$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
	DB=govreport_$1
	W=$(mktemp -d "/tmp/govreport-$1.XXXXXX")
	chmod 755 "$W"  # the server reads expected texts with pg_read_binary_file
	trap '[ -n "${KEEP:-}" ] || rm -rf "$W"; dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
	dropdb --if-exists "$DB" >/dev/null 2>&1
	if ! createdb "$DB"; then
		not_ok "createdb $DB"
		tap_done
		exit 1
	fi
	psql -X -q -d "$DB" -c 'SET client_min_messages = warning; CREATE EXTENSION govreport' || exit 1
}
sql() { psql -X -q -d "$DB" -tAc "$1"; }
