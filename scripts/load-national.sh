#!/bin/bash
# Load the national reports 1954-2009 of the shared corpus
# ($GOVREPORT_SHARED, default: the "shared" folder beside the project) into
# table "national" of database $1, with word counts (national_words) and
# the word views.  Where report_info leaves the year or the level empty
# (the level of 1964 and 1985), the year is taken from the file name and the
# level set to national (doc/analysis.md, the trend recipe).  Replaces what
# a previous run loaded.  Exit status 3, silently, when the corpus is not
# there.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1
shared=${GOVREPORT_SHARED:-$PWD/../shared}
loader=${GOVREPORT_LOAD:-$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
[ -d "$shared/corpus/national" ] || exit 3
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" \
	-c "DROP TABLE IF EXISTS national_words, national CASCADE"
"$loader" -d "$db" -q -t national --words "$shared/corpus/national"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 \
	-c "UPDATE national SET report_year = substring(file_name FROM '^[0-9]{4}')::int WHERE report_year IS NULL" \
	-c "UPDATE national SET admin_level = 'national' WHERE admin_level IS NULL"
