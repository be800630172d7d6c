#!/usr/bin/env python3
"""Build the CMS pages in ../metadata: the same hand-checked report content as ../renditions (narrative lines of the
source sample, statistics tables laid out by make_renditions.cms_tables), wrapped in the page chrome of the platforms
government sites run on, each carrying the body, title and dates where that platform puts them:
  TRS WCM (<title> "标题_栏目_站点", ArticleTitle/PubDate meta, 当前位置 breadcrumb, "来源：… 时间：… 浏览次数：" line),
  Hanweb 大汉 JCMS ("发布时间：… 来源：… 【字体：大 中 小】【打印】【关闭】" line, PubDate meta),
  the provincial 集约化 platforms (an info table 索引号/发布机构/生成日期/发布日期/成文日期/文号, <h1> title, 打印日期 footer).
Standard library only; not used by the tests. Run: python3 make_cms_pages.py (writes ../metadata/*.html)."""
import html, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_renditions as mr  # noqa: E402

OUT = os.path.join(mr.FIX, "metadata")


def content(sid, skip_head=(), sign=(), skip_tail=()):
    exp, head, tail = mr.load(sid)
    L = mr.labels(sid)
    head_html = "\n".join(mr.para(l) for l in head if l not in skip_head)
    tail_html = "\n".join(mr.para(l) for l in tail if l not in sign and l not in skip_tail)
    sign_html = "\n".join(f'<p style="text-align: right;">{html.escape(l)}</p>' for l in sign)
    return f"{head_html}\n{mr.cms_tables(sid, exp, L)}\n{tail_html}\n{sign_html}"


def trs(sid, title, article_title, pubdate, site, column, visible_title, source, time, skip_head=(), sign=(), skip_tail=()):
    """TRS WCM: the title in <title> with column and site after '_', and a 来源/时间/浏览次数 line of spans."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{article_title}">
<meta name="PubDate" content="{pubdate}">
<meta name="ContentSource" content="{source}">
<title>{title}_{column}_{site}</title>
<link rel="stylesheet" href="../../images/xxgk.css">
<script src="../../js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="top_c"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="../../">网站首页</a></div></div>
<div class="dqwz">当前位置：<a href="../../">首页</a> &gt; <a href="../">政务公开</a> &gt; <a href="./">{column}</a></div>
<div class="article">
<div class="article_title">{visible_title}</div>
<div class="article_info"><span>來源：{source}</span>&nbsp;&nbsp;&nbsp;<span>時間：{time}</span>&nbsp;&nbsp;&nbsp;<span>瀏覽次數：<script>_showDynClicks("wcmmetadata", 52368174)</script>1234</span></div>
<div class="TRS_Editor">
{content(sid, skip_head, sign, skip_tail)}
</div>
<div class="article_bottom"><a href="javascript:window.print()">【打印本頁】</a> <a href="javascript:window.close()">【關閉窗口】</a></div>
</div>
<div class="footer"><p>主辦：{site}　網站標識碼：1301000000　冀ICP備00000000號</p></div>
</body>
</html>
"""


def hanweb(sid, title, pubdate, site, visible_title, published, source, skip_head=(), sign=(), skip_tail=()):
    """Hanweb 大汉 JCMS: 发布时间 first, then 来源 (here an office publishing for its government), then the tools."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="{site}" />
<meta name="ColumnName" content="政府信息公开年报" />
<meta name="PubDate" content="{pubdate}" />
<title>{title}-{site}</title>
<script type="text/javascript" src="/script/jquery.js"></script>
</head>
<body>
<div class="bt_head"><a href="/">{site}</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bt_position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col1/index.html">信息公开</a> &gt;&gt; <a href="/col/col9/index.html">政府信息公开年报</a></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="title" style="font-size:24px;font-weight:bold;">{visible_title}</td></tr>
<tr><td align="center" class="bt_info">发布时间：{published}&nbsp;&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td id="zoom" class="bt_content">
<!--<$[信息内容]>begin-->
{content(sid, skip_head, sign, skip_tail)}
<!--<$[信息内容]>end-->
</td></tr>
</table>
</td></tr>
</table>
<div class="bt_foot">主办单位：{site}　技术支持：大汉网络</div>
</body>
</html>
"""


def jiyue(sid, title, site, h1, info, printed, skip_head=(), sign=(), skip_tail=()):
    """A provincial 集约化 platform: <h1> title over an info table (生成日期 is the page's, not the report's)."""
    rows = "".join(f'<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>\n' for a, b, c, d in info)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}|{site}</title>
<link rel="stylesheet" href="/static/jyh/css/detail.css">
</head>
<body>
<header class="jyh-header"><div class="jyh-logo">{site}</div><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></nav></header>
<div class="jyh-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgknb/">政府信息公开年报</a></div>
<div class="jyh-detail">
<table class="jyh-xxgk-table">
{rows}</table>
<h1 class="jyh-title">{h1}</h1>
<div class="jyh-tools"><span>【<a href="javascript:void(0)" class="font-big">大</a> <a href="javascript:void(0)" class="font-mid">中</a> <a href="javascript:void(0)" class="font-small">小</a>】</span><span class="jyh-share">分享到：</span></div>
<div class="jyh-content" id="zoom">
{content(sid, skip_head, sign, skip_tail)}
</div>
</div>
<footer class="jyh-footer"><p>打印日期：{printed}</p><p>主办：{site}　政府网站标识码：1201180001</p></footer>
</body>
</html>
"""


def bare(sid, head_title, article_title, pubdate, extra_meta="", before="", skip_head=(), sign=(), skip_tail=()):
    """A page whose text carries no title and no fields: only the head says what it is."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
{extra_meta}<meta name="ArticleTitle" content="{article_title}">
<meta name="PubDate" content="{pubdate}">
<title>{head_title}</title>
</head>
<body>
{before}<div class="view TRS_UEDITOR trs_paper_default">
{content(sid, skip_head, sign, skip_tail)}
</div>
</body>
</html>
"""


PAGES = {
    # TRS page of a converted (traditional) site: the page's title line names no body, <title> does; 时间 in the chrome line.
    "trs-title-suffix.html": lambda: trs(
        "001_d51677336c3a457a",
        title="石家莊市人民政府辦公室2022年政府信息公開工作年度報告", article_title="2022年政府信息公開工作年度報告",
        pubdate="2023-01-16 09:30", site="石家莊市人民政府", column="政府信息公開年報",
        visible_title="2022年政府信息公開工作年度報告", source="石家莊市人民政府辦公室", time="2023-01-16 09:30",
        skip_head=("石家莊市人民政府辦公室", "2022年政府信息公開工作年度報告")),
    # Hanweb page: 来源 is the office that runs the street's site, the title names the street itself.
    "hanweb-office-for-government.html": lambda: hanweb(
        "004_389509ebf14147a7",
        title="福州市鼓楼区安泰街道2023年政府信息公开工作年度报告", pubdate="2024-01-05 10:12:36", site="福州市鼓楼区人民政府",
        visible_title="福州市鼓楼区安泰街道2023年政府信息公开工作年度报告", published="2024-01-05 10:12",
        source="安泰街道党政综合办公室", sign=("安泰街道办事处", "2024年1月4日"), skip_tail=("扫一扫在手机上查看当前页面",)),
    # 集约化 info table: 发布机构 names the body; 生成日期 and the footer's 打印日期 are the page's, not the report's.
    "jiyue-info-table.html": lambda: jiyue(
        "002_1dc63dd6a21548ca",
        title="2019年政府信息公开工作年度报告", site="天津市静海区人民政府", h1="2019年政府信息公开工作年度报告",
        info=[("索引号：", "11120223000080580T/2020-00012", "主题分类：", "政务公开"),
              ("发布机构：", "天津市静海区人民政府办公室", "生成日期：", "2024-03-05"),
              ("发布日期：", "2020-01-20", "成文日期：", "2020-01-15"),
              ("文号：", "", "有效性：", "有效")],
        printed="2024-03-05 14:21:07",
        skip_head=("天津市静海区人民政府办公室", "2019年政府信息公开工作年度报告")),
    # Only the head says what the page is: ArticleTitle and PubDate; <title> is the site's name.
    "meta-only.html": lambda: bare(
        "000_97c0cbec448c6c98",
        head_title="遂宁市安居区人民政府", article_title="安居区人民政府办公室2022年政府信息公开工作年度报告",
        pubdate="2023-01-19 16:20:00"),
    # No date field anywhere: the date is the signature's; the body too (the title line names none).
    "signature-date-only.html": lambda: bare(
        "004_389509ebf14147a7",
        head_title="2023年政府信息公开工作年度报告", article_title="2023年政府信息公开工作年度报告", pubdate="",
        before='<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n'
               '<h2 style="text-align:center">2023年政府信息公开工作年度报告</h2>\n'
               '<div class="tools">浏览次数：56 【打印】【关闭】</div>\n',
        sign=("安泰街道办事处", "2024年1月4日"), skip_tail=("扫一扫在手机上查看当前页面",)),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, make in PAGES.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(make())
        print("wrote", name)


if __name__ == "__main__":
    main()
