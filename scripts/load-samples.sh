#!/bin/bash
# Load the sample reports shipped in test/data into the table "reports" of
# database $1 with govreport-load (re-creating the extension so that a
# rebuilt one is used).  Two of them are loaded in the forms reports are
# published in, made here from their text: national-2004 as a PDF and
# huadong-site-plan-excerpt as a government web page (GB2312, navigation
# and footer around the article) -- test/t/lib/make_formats.py.  The
# loader creates reports, reports_sections, reports_figures and
# reports_words (when the extension has report_sections/extract_metrics/
# zh_word_counts) and the BI views over them.
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
work=$(mktemp -d /tmp/govreport-samples.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reports"
for f in test/data/*.txt; do
	case $(basename "$f") in
	national-2004.txt | huadong-site-plan-excerpt.txt) ;;
	*) cp "$f" "$work/reports/" ;;
	esac
done
# clean_text FILE: the report as report_clean gives it, one paragraph a line
clean_text() {
	printf '\\set t `cat %s`\nSELECT report_clean(:%s);\n' "$1" "'t'" | psql -X -q -d "$db" -tA
}
clean_text test/data/national-2004.txt >"$work/national.txt"
/usr/bin/python3 test/t/lib/make_formats.py "$work/national.txt" "$work/national"
cp "$work/national/report.pdf" "$work/reports/national-2004.pdf"
clean_text test/data/huadong-site-plan-excerpt.txt >"$work/huadong.txt"
/usr/bin/python3 test/t/lib/make_formats.py "$work/huadong.txt" "$work/huadong" "某区2023年政府工作报告（节选）"
cp "$work/huadong/page.html" "$work/reports/huadong-site-plan-excerpt.html"
"$loader" -d "$db" --sections --figures --words "$work/reports"
