#!/bin/bash
# govreport-load on files this suite makes itself: the sample reports
# re-encoded with iconv (GB18030, GBK, GB2312, Big5, UTF-16 with and without
# BOM, UTF-8 with BOM, CRLF), a saved web page, an empty file, a binary file
# and truncated multibyte sequences.  Needs a running cluster (PGHOST...) and
# the staged installation (GOVREPORT_STAGE, PG_CONFIG).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOAD=${GOVREPORT_LOAD:-${GOVREPORT_STAGE:-}$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
DB=govreport_load_test
W=$(mktemp -d /tmp/govreport-load.XXXXXX)
chmod 755 "$W"  # the server reads expected texts with pg_read_binary_file
trap '[ -n "${KEEP:-}" ] || rm -rf "$W"; dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; }
check() { # check NAME COMMAND...: ok when the command succeeds
	local name=$1
	shift
	if "$@"; then ok "$name"; else not_ok "$name"; fi
}
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
sql() { psql -X -q -d "$DB" -tAc "$1"; }

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
psql -X -q -d "$DB" -c 'SET client_min_messages = warning; CREATE EXTENSION govreport' || exit 1

# The body is report_clean(text) once the extension has report_clean: compare
# with the expected text passed through the same function.
if [ "$(sql "SELECT to_regprocedure('report_clean(text)') IS NOT NULL")" = t ]; then
	clean() { echo "report_clean($1)"; }
else
	clean() { echo "$1"; }
fi

# The inputs.
mkdir -p "$W/utf8" "$W/exact" "$W/lossy" "$W/bad" "$W/html" "$W/expect"
cp "$ROOT"/test/data/*.txt "$W/utf8/"
for f in "$ROOT"/test/data/*.txt; do
	b=$(basename "$f" .txt)
	iconv -f UTF-8 -t GB18030 "$f" >"$W/exact/$b.gb18030"
	# GBK lacks a few characters of some reports: keep only full conversions.
	iconv -f UTF-8 -t GBK "$f" >"$W/exact/$b.gbk" 2>/dev/null || rm -f "$W/exact/$b.gbk"
	iconv -f UTF-8 -t UTF-16 "$f" >"$W/exact/$b.utf16-bom"
	iconv -f UTF-8 -t UTF-16LE "$f" >"$W/exact/$b.utf16le"
	iconv -f UTF-8 -t UTF-16BE "$f" >"$W/exact/$b.utf16be"
	{ printf '\357\273\277'; cat "$f"; } >"$W/exact/$b.utf8-bom"
	sed -z 's/\n/\r\n/g' "$f" | iconv -f UTF-8 -t GB18030 >"$W/exact/$b.crlf-gb18030"
	# Big5 and GB2312 lack some characters of these texts: -c drops them,
	# and the text to expect is what iconv reads back.
	iconv -c -f UTF-8 -t BIG5 "$f" >"$W/lossy/$b.big5" 2>/dev/null
	iconv -c -f UTF-8 -t GB2312 "$f" >"$W/lossy/$b.gb2312" 2>/dev/null
done
n_samples=$(ls "$ROOT"/test/data/*.txt | wc -l)
n_exact=$(ls "$W/exact" | wc -l)

# the UTF-8 originals load, once.
"$LOAD" -d "$DB" -q "$W/utf8" >"$W/out" 2>&1
check "the UTF-8 sample reports load with exit status 0" test $? -eq 0
check "one row per sample report" test "$(sql 'SELECT count(*) FROM reports')" -eq "$n_samples"
check "the stored body is the file's text" \
	test "$(sql "SELECT body = $(clean "convert_from(pg_read_binary_file('$W/utf8/nangang-2022.txt'), 'UTF8')") FROM reports WHERE file_name = 'nangang-2022.txt'")" = t

# every lossless re-encoding converts to exactly the same text, which
# the content hash recognises as already loaded (so nothing new is stored).
"$LOAD" -d "$DB" -v --no-progress "$W/exact" >"$W/out" 2>"$W/err"
check "the re-encoded reports load with exit status 0" test $? -eq 0
same=0
for f in "$W"/exact/*; do
	b=$(basename "$f")
	grep -qF "skipped $f: same text as ${b%%.*}.txt" "$W/out" && same=$((same + 1))
done
check "all $n_exact re-encodings (GB18030, GBK, UTF-16 BOM/LE/BE, UTF-8 BOM, CRLF) equal the originals ($same)" \
	test "$same" -eq "$n_exact"
check "no duplicate rows after the re-encodings" test "$(sql 'SELECT count(*) FROM reports')" -eq "$n_samples"

# Big5 and GB2312 are detected and decoded to what iconv reads back.
"$LOAD" -d "$DB" -t lossy -v --no-progress "$W/lossy" >"$W/out" 2>"$W/err"
check "Big5 and GB2312 files load with exit status 0" test $? -eq 0
good=0
for f in "$W"/lossy/*; do
	enc=BIG5
	case $f in *.gb2312) enc=GB2312 ;; esac
	iconv -f "$enc" -t UTF-8 "$f" >"$W/expect/x"
	got=$(sql "SELECT body = $(clean "convert_from(pg_read_binary_file('$W/expect/x'), 'UTF8')") FROM lossy WHERE file_name = '$(basename "$f")'")
	[ "$got" = t ] && good=$((good + 1))
done
check "every Big5/GB2312 body equals iconv's decoding ($good of $((2 * n_samples)))" test "$good" -eq $((2 * n_samples))
check "Big5 files are recorded as Big5" \
	test "$(sql "SELECT count(*) FROM lossy WHERE source_encoding = 'Big5'")" -eq "$n_samples"

# a short traditional-Chinese text in Big5.
printf '政府工作報告\n各位代表：現在，我代表區人民政府向大會報告工作，請予審議。過去一年，我們堅持穩中求進工作總基調，經濟社會發展取得新成效，地區生產總值增長百分之五點二。\n' >"$W/expect/trad.txt"
iconv -f UTF-8 -t BIG5 "$W/expect/trad.txt" >"$W/bad/trad.big5" || not_ok "iconv to Big5"
"$LOAD" -d "$DB" -t trad -q "$W/bad/trad.big5"
check "a short traditional text in Big5 decodes exactly" \
	test "$(sql "SELECT body = $(clean "convert_from(pg_read_binary_file('$W/expect/trad.txt'), 'UTF8')") AND source_encoding = 'Big5' FROM trad")" = t

# a saved web page (GBK, declared gb2312) becomes its text.
cat >"$W/expect/page.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某区2023年政府工作报告</title>
<style>p { color: red; } .x:before { content: "样式"; }</style>
<script>var nav = "<p>脚本里的字</p>"; if (a < b) { x(); }</script>
</head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
<!-- 注释：<p>不要这个</p> -->
<p>各位代表：</p>
<p>&nbsp;&nbsp;现在，我代表区人民政府向大会报告工作，请予审议。</p>
<p>全年地区生产总值增长5.2%&mdash;&mdash;高于预期；R&amp;D投入&lt;3%。</p>
<table><tr><td>指标</td><td>目标</td></tr><tr><td>增长</td><td>6%左右</td></tr></table>
</body></html>
HTML
iconv -f UTF-8 -t GBK "$W/expect/page.html" >"$W/html/page.htm"
"$LOAD" -d "$DB" -t pages -q "$W/html/page.htm"
check "the web page loads" test $? -eq 0
# The article, without the navigation (a div of class "nav"), paragraphs
# separated by a blank line as in the plain-text reports; the page's
# <title> is the row's title.
want='各位代表：

现在，我代表区人民政府向大会报告工作，请予审议。

全年地区生产总值增长5.2%——高于预期；R&D投入<3%。

指标 目标

增长 6%左右'
body=$(sql "SELECT body = $(clean "\$w\$${want}\$w\$") AND title = '某区2023年政府工作报告' FROM pages")
check "the page's article comes out in order with its line breaks and entities, without the navigation" test "$body" = t
check "no script, style or comment text leaks into the body" \
	test "$(sql "SELECT body ~ '(脚本|样式|不要这个|color|<p)' FROM pages")" = f
check "the row records HTML and the declared encoding" \
	test "$(sql "SELECT from_html AND source_encoding = 'GB18030' FROM pages")" = t

# A page saved as UTF-8 that still declares gb2312 (browsers do this).
sed 's/各位代表：/各位代表、各位委员：/' "$W/expect/page.html" >"$W/html/saved-utf8.html"
"$LOAD" -d "$DB" -t pages -q "$W/html/saved-utf8.html"
check "a UTF-8 page declaring gb2312 is read as UTF-8 (valid UTF-8 wins)" \
	test "$(sql "SELECT source_encoding || ':' || (body ~ '各位委员') FROM pages WHERE file_name = 'saved-utf8.html'")" = "UTF-8:true"

# bad files get a clear message each; the batch goes on; exit 1.
: >"$W/bad/empty.txt"
gzip -c "$ROOT/test/data/nangang-2022.txt" >"$W/bad/binary.gz"
# Text ending in the first bytes of a multibyte character (of 中: E4 B8 AD
# in UTF-8, D6 D0 in GB18030).
{ cat "$ROOT/test/data/nangang-2022.txt"; printf '\344\270'; } >"$W/bad/cut-utf8.txt"
{ iconv -f UTF-8 -t GB18030 "$ROOT/test/data/shinan-2022.txt"; printf '\326'; } >"$W/bad/cut-gb.txt"
printf '<html><body><script>only()</script></body></html>' >"$W/bad/notext.html"
cp "$W/expect/trad.txt" "$W/bad/good.txt"
rm -f "$W/bad/trad.big5"
"$LOAD" -d "$DB" -t batch -q "$W/bad" >"$W/out" 2>"$W/err"
status=$?
check "a batch with bad files exits with status 1" test "$status" -eq 1
check "empty file: clear message" grep -qF "$W/bad/empty.txt: empty file" "$W/err"
check "binary file: clear message" grep -qE "binary.gz: (cannot determine the encoding|.*binary data)" "$W/err"
check "UTF-8 cut inside a character: clear message" \
	grep -qF "cut-utf8.txt: truncated multibyte sequence: the file ends inside a UTF-8 character" "$W/err"
check "GB18030 cut inside a character: clear message" \
	grep -qF "cut-gb.txt: truncated multibyte sequence: the file ends inside a GB18030 character" "$W/err"
check "the good file in the bad batch is loaded, and only it" \
	test "$(sql "SELECT string_agg(file_name, ',') FROM batch")" = good.txt

# reloading everything stores nothing new and exits 0.
"$LOAD" -d "$DB" -q "$W/utf8" "$W/exact"
check "reloading already-loaded files exits 0 and adds no row" \
	test "$?:$(sql 'SELECT count(*) FROM reports')" = "0:$n_samples"

# one transaction per file: a file the database rejects leaves
# nothing behind, and the next file still loads.
sql "CREATE TABLE poison (LIKE batch INCLUDING ALL);
     CREATE FUNCTION poison_reject() RETURNS trigger LANGUAGE plpgsql AS
       \$\$BEGIN IF NEW.file_name = 'a-poison.txt' THEN RAISE EXCEPTION 'rejected by a trigger'; END IF; RETURN NEW; END\$\$;
     CREATE TRIGGER reject AFTER INSERT ON poison FOR EACH ROW EXECUTE FUNCTION poison_reject();"
mkdir -p "$W/poison"
printf '第一份报告。\n' >"$W/poison/a-poison.txt"
printf '第二份报告。\n' >"$W/poison/b-fine.txt"
"$LOAD" -d "$DB" -t poison -q "$W/poison" 2>"$W/err"
status=$?
check "a file rejected by the database: message and exit 1" \
	test "$status:$(grep -c 'a-poison.txt: ERROR:  rejected by a trigger' "$W/err")" = "1:1"
check "the rejected file left no row; the next one loaded" \
	test "$(sql "SELECT string_agg(file_name, ',') FROM poison")" = b-fine.txt

# progress bar on a terminal only; quiet otherwise.
sql "DROP TABLE lossy CASCADE"
script -qec "'$LOAD' -d '$DB' -t lossy '$W/lossy'" /dev/null >"$W/tty" 2>&1
check "on a terminal: a progress bar with files and MB per second" grep -qE '\[#+\] [0-9]+/[0-9]+ files .* MB/s' "$W/tty"
check "on a terminal: a summary line" grep -qF "$((2 * n_samples)) loaded, 0 already there, 0 refreshed, 0 failed" "$W/tty"
"$LOAD" -d "$DB" -t lossy "$W/lossy" >"$W/out" 2>"$W/err"
check "not on a terminal: silent when all is well" test ! -s "$W/out" -a ! -s "$W/err"

# connection options as psql's, and libpq's environment.
"$LOAD" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -t conn -q "$W/utf8/nangang-2022.txt"
check "-h -p -U -d connect" test "$(sql 'SELECT count(*) FROM conn')" -eq 1
PGDATABASE=$DB "$LOAD" -t conn -v "$W/utf8/shinan-2022.txt" >"$W/out" 2>&1
check "PGDATABASE is honoured" test "$(sql 'SELECT count(*) FROM conn')" -eq 2
"$LOAD" -d "$DB" -p 1 -q "$W/utf8" 2>"$W/err"
check "no server: exit status 2 and libpq's message" test "$?" -eq 2 -a -s "$W/err"

# columns derived by the extension, when it has the functions.
if [ "$(sql "SELECT to_regprocedure('report_info(text)') IS NOT NULL")" = t ]; then
	extra=$(sql "SELECT count(*) FROM information_schema.columns WHERE table_name = 'reports'
	             AND column_name NOT IN ('id','file_name','content_sha256','source_encoding','from_html','file_bytes','loaded_at','body')")
	check "report_info's fields are columns of reports ($extra)" test "$extra" -gt 0
else
	skip "report_info's fields are columns of reports" "report_info not installed"
fi
"$LOAD" -d "$DB" -t derived -s -f "$W/utf8" 2>"$W/err"
check "--sections --figures load every report, with or without the functions" \
	test "$?:$(sql 'SELECT count(*) FROM derived')" = "0:$n_samples"
if [ "$(sql "SELECT to_regprocedure('report_sections(text)') IS NOT NULL")" = t ]; then
	check "--sections: report_sections rows for every report" \
		test "$(sql 'SELECT count(DISTINCT report_id) FROM derived_sections')" -eq "$n_samples"
else
	check "--sections without report_sections: a note says so" grep -qF "report_sections(text) is not installed" "$W/err"
fi
if [ "$(sql "SELECT to_regprocedure('extract_metrics(text)') IS NOT NULL")" = t ]; then
	check "--figures: extract_metrics rows stored (for $(sql 'SELECT count(DISTINCT report_id) FROM derived_figures') reports)" \
		test "$(sql 'SELECT count(DISTINCT report_id) FROM derived_figures')" -gt 0
else
	check "--figures without extract_metrics: a note says so" grep -qF "extract_metrics(text) is not installed" "$W/err"
fi

# a stored search vector with its GIN index on the reports and sections.
if [ "$(sql "SELECT to_regprocedure('zh_tsvector(text)') IS NOT NULL AND to_regprocedure('report_sections(text)') IS NOT NULL")" = t ]; then
	check "reports and sections carry tsv = zh_tsvector(body) with a GIN index (sections' vectors kept in the row); a search finds both" \
		test "$(sql "SELECT count(*) FROM pg_index WHERE indexrelid IN (to_regclass('derived_tsv_idx'), to_regclass('derived_sections_tsv_idx'))
		             AND indrelid IN ('derived'::regclass, 'derived_sections'::regclass)")/$(sql "SELECT bool_and(tsv = zh_tsvector(body)) FROM derived")/$(sql "SELECT count(*) > 0 FROM derived WHERE tsv @@ zh_tsquery('营商环境')")/$(sql "SELECT count(*) > 0 FROM derived_sections WHERE tsv @@ zh_tsquery('营商环境')")/$(sql "SELECT reloptions FROM pg_class WHERE oid = 'derived_sections'::regclass")" = "2/t/t/t/{toast_tuple_target=8160}"
else
	skip "reports and sections carry tsv with a GIN index" "zh_tsvector or report_sections not installed"
fi

# the loader leaves BI views with plain column types beside its tables
# (the stored search vector tsv left out).
check "the loader made the BI view reports_bi, without bytea, extension types or the search vector" \
	test "$(sql "SELECT count(*) FILTER (WHERE format_type(atttypid, NULL) NOT IN ('bigint','text','boolean','timestamp with time zone','integer','numeric','date','smallint'))
	             || ':' || count(*) FROM pg_attribute WHERE attrelid = to_regclass('reports_bi') AND attnum > 0")" = "0:$(sql "SELECT count(*) FROM pg_attribute WHERE attrelid = 'reports'::regclass AND attnum > 0 AND NOT attisdropped AND atttypid <> 'tsvector'::regtype")"

echo "1..$n"
[ "$fails" -eq 0 ]
