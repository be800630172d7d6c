#!/usr/bin/env python3
"""Builds the fixture sites served by CollectionTests (run from this folder: python3 tools/make_sites.py).

The pages follow what TRS (WCM) and Hanweb (大汉 JCMS) sites publish: TRS columns are static index.html,
index_1.html … with a createPageHTML(count, current, "index", "html") pager script and articles at
./YYYYMM/tYYYYMMDD_id.html; Hanweb columns carry their items in a <script type="text/xml"><datastore> block
with CDATA records and page with ?uid=…&pageNum=N; articles sit at /art/Y/M/D/art_col_id.html.
Report bodies come from the renditions of the shared samples (Core.Tests/Fixtures/renditions/*.cms.html) and,
for the GBK page, from the sample text /work/shared/samples/003_*.txt, encoded with GB18030.
"""
import glob, html, os, re

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
renditions = os.path.join(root, '..', '..', '..', 'ReportAudit.Core.Tests', 'Fixtures', 'renditions')
samples = '/work/shared/samples'


def write(path, text, encoding='utf-8'):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding=encoding, newline='\n') as f:
        f.write(text)


def trs_list(items, count, current):
    lis = '\n'.join(f'<li><a href="{href}" target="_blank" title="{html.escape(title)}">{html.escape(title)}</a><span>{date}</span></li>' for href, title, date in items)
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>年度报告_政务公开网</title>
<meta name="ColumnName" content="年度报告"></head>
<body><div class="header"><a href="/">首页</a> <a href="/xxgk/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; 年度报告</div>
<div class="list"><ul>
{lis}
</ul>
<div class="page"><script type="text/javascript">
var currentPage = {current};
var countPage = {count};
createPageHTML({count}, {current}, "index", "html");
</script></div></div>
<div class="footer">主办单位：政务公开网</div></body></html>
'''


# TRS column: two pages.
write('trs/robots.txt', 'User-agent: *\nDisallow: /xxgk/private/\nAllow: /xxgk/\n\nUser-agent: BadBot\nDisallow: /\n')
write('trs/xxgk/ndbg/index.html', trs_list([
    ('./202401/t20240115_3271106.html', '石家庄市人民政府办公室2022年政府信息公开工作年度报告', '2024-01-15'),
    ('./202403/t20240310_5.html', '关于做好2024年春节期间安全生产工作的通知', '2024-03-10'),
    ('./201903/t20190301_1.html', '天津市静海区人民政府办公室2019年政府信息公开工作年度报告', '2019-03-01'),
    ('../private/t20240101_7.html', '2023年政府信息公开工作年度报告（内部稿）', '2024-01-01'),
], 2, 0))
write('trs/xxgk/ndbg/index_1.html', trs_list([
    ('./202201/t20220120_88.html', '凉州区城市管理综合执法局2021年政务信息公开工作年度报告', '2022-01-20'),
    ('./202402/t20240220_9.html', '安泰街道办事处2023年政府信息公开工作年度报告', '2024-02-20'),
    ('./202404/t20240401_404.html', '2022年度政府信息公开工作年度报告', '2024-04-01'),
], 2, 1))

# The 001 page as its CMS shows it, with the same report attached as PDF.
page = open(os.path.join(renditions, '001.cms.html'), encoding='utf-8').read()
page = page.replace('</div>\n</td></tr>\n</table>', '</div>\n<p class="fj">附件：<a href="./P020240115_001.pdf">石家庄市人民政府办公室2022年政府信息公开工作年度报告.pdf</a></p>\n</td></tr>\n</table>', 1)
assert 'P020240115_001.pdf' in page
write('trs/xxgk/ndbg/202401/t20240115_3271106.html', page)

# A GBK page: the 003 sample text in a TRS article page, declared gb2312 (the server sends no charset).
lines = [l.rstrip('\n') for l in open(glob.glob(os.path.join(samples, '003_*.txt'))[0], encoding='utf-8')]
body = '\n'.join(f'<p>{html.escape(l)}</p>' for l in lines if l.strip())
gbk = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="ArticleTitle" content="凉州区城市管理综合执法局2021年政务信息公开工作年度报告" />
<title>凉州区城市管理综合执法局2021年政务信息公开工作年度报告</title></head>
<body><div class="position">当前位置：<a href="/">首页</a> &gt; 年度报告</div>
<div class="TRS_Editor">
{body}
</div>
<div class="footer">主办单位：凉州区人民政府</div></body></html>
'''
write('trs/xxgk/ndbg/202201/t20220120_88.html', gbk, encoding='gb18030')

# An article that only points at its .docx attachment (reached through a 301 from its old address).
write('trs/xxgk/ndbg/202402/t20240221_9.html', '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="安泰街道办事处2023年政府信息公开工作年度报告">
<title>安泰街道办事处2023年政府信息公开工作年度报告_年度报告</title></head>
<body><div class="TRS_Editor"><p>安泰街道办事处2023年政府信息公开工作年度报告详见附件。</p></div>
<p>附件：<a href="./P020240221_009.docx" title="安泰街道办事处2023年政府信息公开工作年度报告.docx">安泰街道办事处2023年政府信息公开工作年度报告.docx</a></p>
</body></html>
''')


def hanweb_list(records, next_href):
    data = '\n'.join(f'<record><![CDATA[\n<li><a href="{href}" target="_blank" title="{html.escape(title)}">{html.escape(title)}</a><span>{date}</span></li>\n]]></record>' for href, title, date in records)
    nav = f'<a href="{next_href}">下一页</a>' if next_href else '<span>下一页</span>'
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政府信息公开年报 永昌县人民政府</title></head>
<body><div id="2345">
<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid=1234&unitid=2345&webname=永昌县人民政府&permissiontype=0"></a>]]></nextgroup>
<recordset>
{data}
</recordset></datastore></script>
</div>
<div class="pager">{nav}</div></body></html>
'''


write('hanweb/col/col1234/index.html', hanweb_list([
    ('/art/2023/1/16/art_1234_5678.html', '2022年度政府信息公开工作年度报告', '2023-01-16'),
    ('/art/2023/1/10/art_1234_5600.html', '2022年度部门预算公开', '2023-01-10'),
], '/col/col1234/index.html?uid=2345&pageNum=2'))
write('hanweb/col/col1234/index.html@pageNum=2', hanweb_list([
    ('/art/2023/2/1/art_1234_9999.html', '2022年度政府信息公开工作年度报告（扫描件）', '2023-02-01'),
    ('/art/2023/2/2/art_1234_7777.html', '2022年度政府信息公开工作年度报告（重发）', '2023-02-02'),
], None))
write('hanweb/art/2023/1/16/art_1234_5678.html', open(os.path.join(renditions, '000.cms.html'), encoding='utf-8').read())
write('hanweb/art/2023/2/1/art_1234_9999.html', '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="2022年度政府信息公开工作年度报告（扫描件）">
<title>2022年度政府信息公开工作年度报告（扫描件）</title></head>
<body><div id="zoom"><p>详见附件。</p></div>
<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2302011234.pdf">2022年度政府信息公开工作年度报告（扫描件）.pdf</a></p>
</body></html>
''')
