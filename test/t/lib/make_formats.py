#!/usr/bin/python3
"""Make a report in the forms analysts receive it, from its clean text.

    make_formats.py CLEAN.txt OUTDIR [TITLE]

CLEAN.txt holds one paragraph per line (report_clean's output).  Writes:
  report.pdf    A4 pages as a word processor prints them: first lines
                indented by two characters, a running header with the
                title, a footer "- N -" (reportlab, Droid Sans Fallback)
  scanned.pdf   two pages of images only: no text layer
  report.docx   a Word document (paragraphs, a page header and footer
                that are not part of the text)
  page.html     a government web page in GB2312: navigation, breadcrumb,
                share bar, related links and footer around the article,
                <title> with the site's name, ArticleTitle/PubDate meta,
                characters outside GB2312 and some punctuation as entities
"""
import html
import os
import sys
import zipfile

FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"


def make_pdf(paras, title, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("Droid", FONT))
    body = ParagraphStyle("body", fontName="Droid", fontSize=12, leading=20,
                          firstLineIndent=24, wordWrap="CJK", spaceAfter=0)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Droid", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, title)
        canvas.drawCentredString(A4[0] / 2, 30, "- %d -" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=72, bottomMargin=72,
                            leftMargin=72, rightMargin=72, title=title)
    doc.build([Paragraph(html.escape(p), body) for p in paras],
              onFirstPage=furniture, onLaterPages=furniture)


def make_scanned(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=A4)
    for _ in range(2):
        for i in range(30):
            c.rect(72, 100 + i * 20, 400 - (i * 7) % 120, 8, fill=1)
        c.showPage()
    c.save()


def make_docx(paras, title, path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def para(text):
        # split runs in the middle, as Word does after edits
        mid = len(text) // 2
        runs = "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
                       for t in (text[:mid], text[mid:]) if t)
        return '<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>%s</w:p>' % runs

    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s<w:sectPr><w:headerReference w:type="default" r:id="rId1"/>'
                '<w:footerReference w:type="default" r:id="rId2"/></w:sectPr></w:body></w:document>'
                % (w, "".join(para(p) for p in paras)))
    header = '<?xml version="1.0" encoding="UTF-8"?><w:hdr %s><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:hdr>' % (w, html.escape(title))
    footer = '<?xml version="1.0" encoding="UTF-8"?><w:ftr %s><w:p><w:r><w:t>第 1 页</w:t></w:r></w:p></w:ftr>' % w
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
             '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/header1.xml", header)
        z.writestr("word/footer1.xml", footer)


def entities(text):
    """Some characters as entities, as page editors write them."""
    out = html.escape(text, quote=False)
    for ch, ent in (("“", "&ldquo;"), ("”", "&rdquo;"), ("—", "&mdash;"), ("%", "&#37;"), ("、", "&#x3001;")):
        out = out.replace(ch, ent)
    return out


def make_html(paras, title, path):
    article = "\n".join("<p>%s</p>" % entities(p) for p in paras[1:])
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%(title)s_区人民政府门户网站</title>
<meta name="SiteName" content="区人民政府门户网站">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2022-03-01 09:30">
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.js"></script>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
<style>.nav li { float: left; } .content p { text-indent: 2em; }</style>
</head><body>
<div class="top">English | 繁体 | 无障碍 | <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="header"><img src="/img/logo.png" alt="区人民政府"><form><input name="q"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjqq">走进区里</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zfgzbg">政府工作报告</a></div>
<div class="main"><div class="left"><h3>政务公开</h3><ul><li><a href="/a">政策文件</a></li><li><a href="/b">规划计划</a></li>
<li><a href="/c">政府工作报告</a></li><li><a href="/d">财政资金</a></li></ul></div>
<div class="right"><div class="article"><h1>%(title)s</h1>
<div class="info">发布时间：2022-03-01 09:30 来源：区政府办公室 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> <a href="javascript:print()">打印</a></div>
<div class="TRS_Editor" id="zoom">
%(article)s
</div>
<div class="bdshare"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="pages"><a href="/prev">上一篇：2021年政府工作报告</a><a href="/next">下一篇：关于印发实施方案的通知</a></div>
</div></div></div>
<div class="footer"><p>主办：区人民政府办公室 承办：区大数据中心</p><p>地址：某某路1号 电话：0000-00000000</p>
<p><a href="/map">网站地图</a> | <a href="/contact">联系我们</a> 备案号：ICP备00000000号 网站标识码：0000000000</p></div>
</body></html>
""" % {"title": html.escape(title), "article": article}
    with open(path, "wb") as f:
        f.write(page.encode("gb2312", errors="xmlcharrefreplace"))


def main():
    src, out = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        paras = [l.strip() for l in f if l.strip()]
    title = sys.argv[3] if len(sys.argv) > 3 else paras[0]
    os.makedirs(out, exist_ok=True)
    make_pdf(paras, title, os.path.join(out, "report.pdf"))
    make_scanned(os.path.join(out, "scanned.pdf"))
    make_docx(paras, title, os.path.join(out, "report.docx"))
    make_html([title] + paras if paras[0] != title else paras, title, os.path.join(out, "page.html"))


main()
