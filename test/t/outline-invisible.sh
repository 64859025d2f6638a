#!/bin/bash
# Invisible characters (zero-width space, BOM, soft hyphen, word joiner)
# and hard line breaks inside sentences, injected into a real report, change
# nothing in its outline: the same sections, kinds, roles and headings, and
# offsets that still point into the text given (doc/outline.md).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=govreport_outline_invisible
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB"' EXIT
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION govreport;" >/dev/null

n=0
for f in national-2004 shinan-2022 nangang-2022; do
	src=$ROOT/test/data/$f.txt
	# every 7th character boundary of a Han run gets an invisible character;
	# every 5th sentence-inner comma is followed by a line break
	dirty=$(mktemp)
	python3 - "$src" "$dirty" <<'PY'
import sys, re
text = open(sys.argv[1], encoding="utf-8").read()
marks = ["\u200b", "\ufeff", "\u00ad", "\u2060"]
out, k, commas = [], 0, 0
for ch in text:
    out.append(ch)
    if "\u4e00" <= ch <= "\u9fff":
        k += 1
        if k % 7 == 0:
            out.append(marks[k % len(marks)])
    if ch == "，":
        commas += 1
        if commas % 5 == 0:
            out.append("\n")
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
PY
	n=$((n + 1))
	out=$(psql -X -At -d "$DB" -v clean="$(cat "$src")" -v dirty="$(cat "$dirty")" <<'SQL'
WITH a AS (SELECT row_number() OVER (ORDER BY char_start) AS i, section, depth, kind, role, heading
           FROM report_sections(:'clean')),
     b AS (SELECT row_number() OVER (ORDER BY char_start) AS i, section, depth, kind, role,
                  regexp_replace(heading, '[\u200b\ufeff\u00ad\u2060\n]', '', 'g') AS heading,
                  char_start, char_end
           FROM report_sections(:'dirty'))
SELECT (SELECT count(*) FROM a) = (SELECT count(*) FROM b)
   AND NOT EXISTS (SELECT 1 FROM a FULL JOIN b USING (i)
                   WHERE a.section IS DISTINCT FROM b.section OR a.kind IS DISTINCT FROM b.kind
                      OR a.role IS DISTINCT FROM b.role OR a.depth IS DISTINCT FROM b.depth
                      OR a.heading IS DISTINCT FROM b.heading)
   AND (SELECT bool_and(substr(:'dirty', char_start + 1, char_end - char_start) <> '') FROM b)
SQL
)
	rm -f "$dirty"
	if [ "$out" = "t" ]; then
		echo "ok $n - $f: the same outline with invisible characters and broken lines"
	else
		echo "not ok $n - $f: the outline changed ($out)"
	fi
done
echo "1..$n"
