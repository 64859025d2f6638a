#!/bin/bash
# Load the sample reports shipped in test/data into the table "reports" of
# database $1 with govreport-load (re-creating the extension so that a
# rebuilt one is used).  The loader creates reports, reports_sections,
# reports_figures and reports_words (when the extension has
# report_sections/extract_metrics/zh_word_counts) and the BI views over them.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1
loader=${GOVREPORT_LOAD:-$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
psql -X -q -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS govreport CASCADE;
CREATE EXTENSION govreport;
DROP TABLE IF EXISTS reports_sections, reports_figures, reports_words, reports CASCADE;
SQL
"$loader" -d "$db" --sections --figures --words test/data/*.txt
