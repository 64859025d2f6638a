#!/bin/bash
# The main job: set up, build and install govreport, start (or reuse) a
# throwaway cluster, load the sample reports and print analyses of them.
#   bash scripts/demo.sh         run it
#   bash scripts/demo.sh stop    stop the cluster and delete it
source "$(dirname "$0")/lib.sh"
cd "$GOVREPORT_ROOT"

DEMO_DIR=${GOVREPORT_DEMO_DIR:-/tmp/govreport-demo-$(id -un)}
DEMO_PORT=${GOVREPORT_DEMO_PORT:-5433}
DEMO_DB=govreport

if [ "${1:-}" = stop ]; then
	stop_cluster "$DEMO_DIR" "$PG_BINDIR"
	rm -rf "$DEMO_DIR"
	say "stopped and removed the demo cluster in $DEMO_DIR"
	exit 0
fi

# One HTML page (plain SVG): the term chart over the national reports and
# each sample report's keywords.
write_page() {
	local national=reports
	psql -X -q -d "$DEMO_DB" -tAc "SELECT to_regclass('national') IS NOT NULL" | grep -q t && national=national
	PAGE=$DEMO_DIR/govreport-demo.html
	psql -X -q -d "$DEMO_DB" -v out="$PAGE" -v national=$national \
		-v national_words=${national}_words -v reports=reports -f scripts/demo-page.sql
}

install_packages
build
install_system
say "starting the demo cluster in $DEMO_DIR"
start_cluster "$DEMO_DIR" "$DEMO_PORT" "$PG_BINDIR"

psql -X -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DEMO_DB'" | grep -q 1 ||
	psql -X -q -d postgres -c "CREATE DATABASE $DEMO_DB"

say "loading the sample reports and running the analyses"
bash scripts/load-samples.sh "$DEMO_DB"
# the national reports of the shared corpus, when this checkout sits beside it
bash scripts/load-national.sh "$DEMO_DB" || [ $? -eq 3 ]
for analysis in scripts/demo/*.sql; do
	psql -X -q -d "$DEMO_DB" -v ON_ERROR_STOP=1 -P pager=off -f "$analysis"
done
write_page

cat <<MSG

The page with the term chart and the keywords of each report:
    $PAGE
(open it in a browser: file://$PAGE)

The demo database is still running.  Connect with:
    psql -h $DEMO_DIR -p $DEMO_PORT -U postgres $DEMO_DB
Stop and delete it with:
    bash scripts/demo.sh stop
MSG
