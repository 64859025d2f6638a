#!/bin/bash
# Seed inputs for the loader's fuzz harnesses, one folder per harness under
# OUTDIR/<harness>: the sample reports in several encodings and forms, and
# adversarial inputs (deep nesting, link walls, entity bombs, unclosed
# quotes, non-UTF-8 names).  Used by test/t/load-fuzz.sh and run-long.sh.
#   bash test/fuzz/seeds-load.sh OUTDIR
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
W=${1:?usage: seeds-load.sh OUTDIR}
mkdir -p "$W/fuzz_load" "$W/fuzz_load_docx" "$W/fuzz_load_meta" "$W/fuzz_load_layout"
for f in "$ROOT"/test/data/*.txt; do
	b=$(basename "$f" .txt)
	head -c 1500 "$f" >"$W/fuzz_load/$b.utf8"
	head -c 1500 "$f" | iconv -c -f UTF-8 -t GB18030 >"$W/fuzz_load/$b.gb18030" 2>/dev/null
	head -c 1500 "$f" | iconv -c -f UTF-8 -t BIG5 >"$W/fuzz_load/$b.big5" 2>/dev/null
	head -c 600 "$f" | iconv -c -f UTF-8 -t UTF-16 >"$W/fuzz_load/$b.utf16" 2>/dev/null
done
C=$W/fuzz_load
printf '<html><head><meta charset="gbk"><title>报告_某区政府</title><meta name="PubDate" content="2022-02-24"><script>x</script></head><body><div class="nav"><a>首页</a></div><div><h1>标题</h1><p>&#x4e2d;&amp;&nbsp;&sup2;&yen;</p><p>各位代表：现在，我代表区人民政府向大会报告工作。</p></div><!-- c --><div class="footer">版权</div></body></html>' >"$C/page.html"
/usr/bin/python3 - "$C" <<'PY'
import sys
d = sys.argv[1]
open(d + "/deep.html", "w").write("<html><body>" + "<div><p>" * 3000 + "文字" + "</p></div>" * 3000)
open(d + "/links.html", "w").write("<html><body>" + "<li><a href=x>链接</a></li>" * 2000)
open(d + "/unclosed.html", "w").write("<html><body><p>" + "<b><i><font>字" * 2000)
open(d + "/entities.html", "w").write("<html><body><p>" + "&amp;&#x4e2d;&#9999999;&bogus;&" * 1000)
PY
D=$W/fuzz_load_docx
printf '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>各位代表</w:t><w:tab/><w:t>报告</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>' >"$D/doc.xml"
printf '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>' >"$D/laughs.xml"
(cd "$D" && /usr/bin/python3 -c "
import zipfile
with zipfile.ZipFile('doc.docx', 'w') as z: z.writestr('word/document.xml', open('doc.xml').read())
with zipfile.ZipFile('nested.docx', 'w', zipfile.ZIP_DEFLATED) as z: z.writestr('word/document.xml', '<w:document xmlns:w=\"x\">' + '<w:p>' * 500 + '</w:document>')
")
M=$W/fuzz_load_meta
printf 'path,title,region,region_code,year,level,url,published\n哈尔滨市/南岗区/2022.txt,"标题,逗号",南岗区,230103,2022,county,http://x,2022年2月24日\n"a ""b"".txt",,,,,,,\n' >"$M/meta.csv"
printf '黑龙江省哈尔滨市/南岗区2022年政府工作报告.txt' >"$M/path"
printf 'path,title\n"%s' "$(head -c 3000 /dev/zero | tr '\0' ',')" >"$M/unclosed.csv"
printf '\xc4\xcf\xb8\xda/2022\xff.txt' >"$M/name"
L=$W/fuzz_load_layout
/usr/bin/python3 - "$L" <<'PY'
import sys
d = sys.argv[1]
lines = []
for page in range(4):
    lines.append(bytes([1, 100, 100, 10, 10]) + "南岗区2022年政府工作报告".encode())
    for i in range(8):
        lines.append(bytes([0, 36 if i % 3 == 0 else 30, 150, 30 + i * 7, 12]) + ("现在我代表区人民政府向大会报告工作%d" % i).encode())
    lines.append(bytes([0, 120, 20, 250, 10]) + ("- %d -" % (page + 1)).encode())
open(d + "/pages", "wb").write(b"\n".join(lines))
PY

