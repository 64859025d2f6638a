#!/bin/bash
# govreport-load's metadata from outside the text: the path relative to
# the folder given, year and region read from the path where the text is
# silent, the sidecar CSV (--meta) that wins over guesses, --refresh, and
# -s / -f on reports loaded without them.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/t/lib/tap.sh"
source "$ROOT/test/t/lib/loader.sh"
loader_suite load_meta

# Two districts' reports under the same file name, and texts that name
# neither their region nor their year (excerpts from the review section).
D=$W/reports
mkdir -p "$D/哈尔滨市/南岗区" "$D/青岛市/市南区" "$D/national" "$D/福州市/鼓楼区"
cp "$ROOT/test/data/unnamed-district-review-excerpt.txt" "$D/哈尔滨市/南岗区/2022.txt"
cp "$ROOT/test/data/shinan-2023-review-excerpt.txt" "$D/青岛市/市南区/2022.txt"
cp "$ROOT/test/data/national-2004.txt" "$D/national/2004.txt"
printf '过去一年，全区地区生产总值增长百分之五，城镇新增就业一千二百人。\n' >"$D/福州市/鼓楼区/2023年报告.txt"
"$LOAD" -d "$DB" -q "$D"
check_eq "a folder of reports loads (exit 0)" 0 "$?"
check_eq "source_path is the path relative to the folder given" \
	"national/2004.txt,哈尔滨市/南岗区/2022.txt,福州市/鼓楼区/2023年报告.txt,青岛市/市南区/2022.txt" \
	"$(sql "SELECT string_agg(source_path, ',' ORDER BY source_path) FROM reports")"
check_eq "the path gives region, code and level where the text is silent" \
	"哈尔滨市/南岗区/2022.txt|南岗区|230103|county|2022 福州市/鼓楼区/2023年报告.txt|鼓楼区|350102|county|2023 青岛市/市南区/2022.txt|市南区|370202|county|2022" \
	"$(sql "SELECT string_agg(concat_ws('|', source_path, region, region_code, admin_level, report_year), ' ' ORDER BY source_path) FROM reports WHERE source_path !~ '^national'")"
check_eq "a national report's year comes from its file name; the text says national" "2004|national|中国" \
	"$(sql "SELECT concat_ws('|', report_year, admin_level, region) FROM reports WHERE source_path = 'national/2004.txt'")"
# a file given by name: its path is its name
"$LOAD" -d "$DB" -t single -q "$D/青岛市/市南区/2022.txt"
check_eq "a file given by name: source_path is its name" "2022.txt" "$(sql "SELECT source_path FROM single")"

# The sidecar wins over what the text and the path say.
cat >"$W/meta.csv" <<'CSV'
path,title,region,region_code,year,level,url,published
青岛市/市南区/2022.txt,"市南区2023年政府工作报告（节选）",市南区,,2023,,http://www.qdsn.gov.cn/zfgzbg/2023.html,2023-01-10
national/2004.txt,"2004年国务院政府工作报告",,,,,,2004年3月5日
"福州市/鼓楼区/2023年报告.txt",,鼓楼区,350102,,county,,
CSV
"$LOAD" -d "$DB" -t side --meta "$W/meta.csv" -q "$D"
check_eq "--meta: loads (exit 0)" 0 "$?"
check_eq "--meta: title, year, url, published from the sidecar" \
	"市南区2023年政府工作报告（节选）|2023|http://www.qdsn.gov.cn/zfgzbg/2023.html|2023-01-10" \
	"$(sql "SELECT concat_ws('|', title, report_year, url, published) FROM side WHERE source_path = '青岛市/市南区/2022.txt'")"
check_eq "--meta: a date written 2004年3月5日 is read" "2004年国务院政府工作报告|2004-03-05" \
	"$(sql "SELECT concat_ws('|', title, published) FROM side WHERE source_path = 'national/2004.txt'")"
check_eq "--meta: region and code given" "鼓楼区|350102|county" \
	"$(sql "SELECT concat_ws('|', region, region_code, admin_level) FROM side WHERE source_path ~ '鼓楼区'")"
# GBK sidecar (as spreadsheets save it), a row matched by base name.
printf 'path,year\n2022.txt,2021\n' | iconv -f UTF-8 -t GBK >"$W/gbk.csv"
"$LOAD" -d "$DB" -t side2 --meta "$W/gbk.csv" -q "$D/哈尔滨市/南岗区/2022.txt"
check_eq "--meta: a row matches by base name; the sidecar's year wins" 2021 "$(sql "SELECT report_year FROM side2")"
# Bad sidecars: exit 2 before loading, with the line.
for bad in 'path,year\na.txt,20x2\n|line 2: year "20x2" is not a year between 1900 and 2100' \
	'path,colour\na.txt,red\n|line 1: unknown column "colour"' \
	'title\nx\n|line 1: no "path" column' \
	'path,level\na.txt,city\n|line 2: level "city" is not national, province, prefecture or county' \
	'path,region_code\na.txt,2301\n|line 2: region_code "2301" is not a six-digit GB/T 2260 code' \
	'path,year\na.txt,2020\na.txt,2021\n|line 3: path "a.txt" is also on line 2' \
	'path,title\na.txt,"open\n|line 2: a quoted field is not closed'; do
	printf "${bad%%|*}" >"$W/bad.csv"
	"$LOAD" -d "$DB" -t nothing --meta "$W/bad.csv" -q "$D" 2>"$W/err"
	check_eq "--meta refuses: ${bad##*|}" "2:1" "$?:$(grep -cF "${bad##*|}" "$W/err")"
done
check_eq "--meta refused: nothing was loaded" "" "$(sql "SELECT to_regclass('nothing')")"

# -s -f on reports loaded without them: their sections and figures come.
"$LOAD" -d "$DB" -s -f -v --no-progress "$D" >"$W/out" 2>&1
check_eq "-s -f later: exit 0, the reports get sections and figures" "0:4" \
	"$?:$(sql "SELECT count(DISTINCT report_id) FROM reports_sections")"
check_eq "-s -f later: said as refreshed" 4 "$(grep -c '^refreshed ' "$W/out")"
"$LOAD" -d "$DB" -s -f -v --no-progress "$D" >"$W/out" 2>&1
check_eq "-s -f again: every report already there" "0:4" "$?:$(grep -c '^skipped ' "$W/out")"

# --refresh: derived columns again, from the files or the stored bodies.
sql "UPDATE reports SET region = 'stale', region_code = NULL, report_year = 1900; DELETE FROM reports_figures"
"$LOAD" -d "$DB" -f --refresh -q "$D/青岛市"
check_eq "--refresh FILES: that report is derived again" "市南区|370202|2022|stale" \
	"$(sql "SELECT concat_ws('|', (SELECT region FROM reports WHERE source_path ~ '^青岛'), (SELECT region_code FROM reports WHERE source_path ~ '^青岛'), (SELECT report_year FROM reports WHERE source_path ~ '^青岛'), (SELECT region FROM reports WHERE source_path ~ '^哈'))")"
"$LOAD" -d "$DB" -f --refresh -q
check_eq "--refresh alone: every row derived again from its stored body" "0:0:4" \
	"$?:$(sql "SELECT count(*) FROM reports WHERE region = 'stale' OR report_year = 1900"):$(sql "SELECT count(*) FROM reports WHERE id IN (SELECT report_id FROM reports_figures)")"

# --refresh from stored bodies keeps what only the page said (its title).
printf '<html><head><meta name="ArticleTitle" content="页面自己的标题"><meta name="PubDate" content="2023-01-10"></head><body><p>政府工作报告</p><p>各位代表：现在，我代表区人民政府向大会报告工作，请予审议。</p></body></html>' >"$W/page.html"
"$LOAD" -d "$DB" -t pages -q "$W/page.html"
"$LOAD" -d "$DB" -t pages --refresh -q
check_eq "--refresh alone keeps a page's own title and date" "页面自己的标题|2023-01-10" \
	"$(sql "SELECT concat_ws('|', title, published) FROM pages")"

tap_done
