#!/usr/bin/env python3
"""Build ../layouts: the tables of sample 001 (石家庄市人民政府办公室 2022, 2021 template; its hand-checked cells in
../expected, labels in simplified characters) in the header arrangements and text flattenings of issue 12.
Standard library only; not used by the tests. manifest.json lists for each file the cells left blank (expected null)
and the rows that cannot be placed (expected absent, with a notice)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.dirname(HERE)
OUT = os.path.join(FIX, "layouts")
SID = "001_d51677336c3a457a"
EXP = json.load(open(os.path.join(FIX, "expected", SID + ".json"), encoding="utf-8"))
A, AD, RL = EXP["applications"], EXP["activeDisclosure"], EXP["reviewLitigation"]
COLS = ["natural", "commercial", "research", "public_interest", "legal_services", "other", "total"]
RLK = ["upheld", "corrected", "other", "pending", "total"]
GROUPS = ["review", "litigation_direct", "litigation_after_review"]
RLH = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
ORGS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
NOTE = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
TITLE = "石家庄市人民政府办公室2022年政府信息公开工作年度报告"
HEAD = [
    "一、总体情况",
    "2022年,石家庄市人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》,全年共收到政府信息公开申请343件,"
    "办理行政复议12件、行政诉讼9件。现行有效规章59件,废止行政规范性文件2件。",
]
TAIL = [
    "五、存在的主要问题及改进情况",
    "一是政策解读形式还不够丰富;二是依申请公开办理质量有待提高。下一步将加强培训,规范办理流程。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
    "石家庄市人民政府办公室",
    "2023年1月20日",
]
# (label, key, group label or None) for the 2021 applications rows, in template order
W = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
     "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
U = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
N = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]
O = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
ROWS = [("一、本年新收政府信息公开申请数量", "new", None), ("二、上年结转政府信息公开申请数量", "carried_in", None),
        ("(一)予以公开", "result.disclosed", "三、本年度办理结果"),
        ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "result.partial", None)]
ROWS += [(l, f"result.withheld.{i+1}", "(三)不予公开" if i == 0 else None) for i, l in enumerate(W)]
ROWS += [(l, f"result.unavailable.{i+1}", "(四)无法提供" if i == 0 else None) for i, l in enumerate(U)]
ROWS += [(l, f"result.not_processed.{i+1}", "(五)不予处理" if i == 0 else None) for i, l in enumerate(N)]
ROWS += [(l, f"result.other.{i+1}", "(六)其他处理" if i == 0 else None) for i, l in enumerate(O)]
ROWS += [("(七)总计", "result.total", None), ("四、结转下年度继续办理", "carried_out", None)]
AD_ROWS = [("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            [("规章", "regulations", ["issued", "repealed", "in_force"]), ("行政规范性文件", "normative_documents", ["issued", "repealed", "in_force"])]),
           ("第二十条第(五)项", ["本年处理决定数量"], [("行政许可", "licensing", ["decisions"])]),
           ("第二十条第(六)项", ["本年处理决定数量"], [("行政处罚", "penalty", ["decisions"]), ("行政强制", "enforcement", ["decisions"])]),
           ("第二十条第(八)项", ["本年收费金额(单位:万元)"], [("行政事业性收费", "fees", ["amount"])])]


def val(v, blank_zero):
    """The cell text: zeros left blank when blank_zero (as many sites do); 001's own blank stays blank."""
    if v is None or (blank_zero and v == 0):
        return ""
    return str(v)


def blanks_of(blank_zero):
    out = []
    if not blank_zero:
        return out
    for t, tab in (("activeDisclosure", AD), ("applications", A), ("reviewLitigation", RL)):
        for r, cells in tab.items():
            out += [f"{t}.{r}.{c}" for c, v in cells.items() if v == 0]
    return out


# ------------------------------------------------------------------------------------------------ HTML
CHROME_TOP = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{t}_年度报告_石家庄市人民政府</title>
<style>.share a{{margin:0 4px}} table{{border-collapse:collapse}}</style>
<script>function share(t){{return false;}}</script></head>
<body>
<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="layout"><tr><td>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">年度报告</a></div>
<table width="100%" class="layout-inner"><tr><td width="70%">
<h1 style="text-align:center">{t}</h1>
<div class="info">发布时间：2023-01-20 &nbsp; 来源：石家庄市人民政府办公室 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="share">分享到：<a href="javascript:share('wx')">微信</a><a href="javascript:share('wb')">微博</a><a href="javascript:share('qq')">QQ空间</a></div>
<div id="content">
"""
CHROME_BOTTOM = """</div>
<div class="share">分享到：<a href="javascript:share('wx')">微信</a><a href="javascript:share('wb')">微博</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</td><td width="30%" valign="top"><div class="side">相关链接</div>
<table class="links"><tr><td><a href="/a">石家庄市2021年政府信息公开工作年度报告</a></td></tr><tr><td><a href="/b">政府信息公开指南</a></td></tr></table>
</td></tr></table>
</td></tr></table>
<div class="footer">主办：石家庄市人民政府办公室 &nbsp; 网站标识码：1301000001 &nbsp; 扫一扫在手机上查看当前页面</div>
</body></html>
"""


def p(t):
    return f"<p>{t}</p>"


def cell(tag, text, **attrs):
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{a}>{text}</{tag}>"


def html_section2(blank_zero, tag="td", split=False):
    """Section 二 as one table, or (split) one table per 第二十条 item as many CMS pages have it."""
    o = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for n, (art, heads, rows) in enumerate(AD_ROWS):
        if split and n > 0:
            o += ["</table>", '<table border="1" cellspacing="0" cellpadding="4" width="100%">']
        o.append("<tr>" + cell(tag, art, colspan=4) + "</tr>")
        span = {} if len(heads) == 3 else {"colspan": 3}
        o.append("<tr>" + cell(tag, "信息内容") + "".join(cell(tag, h, **span) for h in heads) + "</tr>")
        for lab, key, cols in rows:
            o.append("<tr>" + cell("td", lab) + "".join(cell("td", val(AD[key][c], blank_zero) or "&nbsp;", **span) for c in cols) + "</tr>")
    o.append("</table>")
    return o


def app_value_cells(key, blank_zero):
    return "".join(cell("td", val(A[key][c], blank_zero) or "&nbsp;") for c in COLS)


def app_rows_html(rows, with_group_cells, blank_zero, fill=None):
    """Body rows of section 三: row-group labels in a left column without rowspan (blank below their first row).
    With fill, no colspan either: every grid cell of the three label columns is a cell of its own, the ones a
    colspan would have covered filled with fill (as clean-built pages do)."""
    if fill is not None:
        return app_rows_grid(rows, blank_zero, fill)
    o = []
    for lab, key, group in rows:
        if key in ("new", "carried_in", "carried_out"):
            o.append("<tr>" + cell("td", lab, colspan=3) + app_value_cells(key, blank_zero) + "</tr>")
        elif key in ("result.disclosed", "result.partial", "result.total"):
            first = cell("td", "三、本年度办理结果" if key == "result.disclosed" else "&nbsp;") if with_group_cells else ""
            o.append("<tr>" + first + cell("td", lab, colspan=2 if with_group_cells else 3) + app_value_cells(key, blank_zero) + "</tr>")
        else:
            g = cell("td", group or "&nbsp;")
            first = cell("td", "&nbsp;") if with_group_cells else ""
            o.append("<tr>" + first + g + cell("td", lab) + app_value_cells(key, blank_zero) + "</tr>")
    return o


def app_rows_grid(rows, blank_zero, fill):
    o = []
    for lab, key, group in rows:
        if key in ("new", "carried_in", "carried_out"):
            labels = [lab, fill, fill]
        elif key in ("result.disclosed", "result.partial", "result.total"):
            labels = ["三、本年度办理结果" if key == "result.disclosed" else fill, lab, fill]
        else:
            labels = [fill, group or fill, lab]
        o.append("<tr>" + "".join(cell("td", x) for x in labels) + app_value_cells(key, blank_zero) + "</tr>")
    return o


def html_section4_rows(tag, placeholders):
    ph = placeholders
    return ["<tr>" + cell(tag, "行政复议", colspan=5) + cell(tag, "行政诉讼", colspan=10) + "</tr>",
            "<tr>" + "".join(cell(tag, ph) for _ in range(5)) + cell(tag, "未经复议直接起诉", colspan=5) + cell(tag, "复议后起诉", colspan=5) + "</tr>",
            "<tr>" + "".join(cell(tag, h) for h in RLH * 3) + "</tr>"]


def s4_values_row(blank_zero):
    return "<tr>" + "".join(cell("td", val(RL[g][k], blank_zero) or "&nbsp;") for g in GROUPS for k in RLK) + "</tr>"


def page(body_lines):
    return CHROME_TOP.format(t=TITLE) + "\n".join([p(HEAD[0]), p(HEAD[1])] + body_lines + [p(t) for t in TAIL]) + "\n" + CHROME_BOTTOM


def header_two_rows(blank_zero=False):
    """Section 三's header over three rows without any rowspan: the cells under 勾稽关系 note, 自然人 and 总计 are
    repeated as empty cells; 法人或其他组织 (colspan 5) in one row, its five kinds in the next."""
    o = [p("二、主动公开政府信息情况")] + html_section2(blank_zero, split=blank_zero)
    o += [p("三、收到和处理政府信息公开申请情况"), '<table border="1" cellpadding="4" width="100%">',
          "<tr>" + cell("td", NOTE, colspan=3) + cell("td", "申请人情况", colspan=7) + "</tr>",
          "<tr>" + cell("td", "", colspan=3) + cell("td", "自然人") + cell("td", "法人或其他组织", colspan=5) + cell("td", "总计") + "</tr>",
          "<tr>" + cell("td", "", colspan=3) + cell("td", "") + "".join(cell("td", x) for x in ORGS) + cell("td", "") + "</tr>"]
    o += app_rows_html(ROWS, True, blank_zero, fill="") + ["</table>"]
    o += [p("四、政府信息公开行政复议、行政诉讼情况"), '<table border="1" cellpadding="4" width="100%">']
    o += html_section4_rows("td", "&nbsp;" if blank_zero else "") + [s4_values_row(blank_zero), "</table>"]
    return page(o)


def header_placeholders():
    """Placeholder header cells: &nbsp;, — and / where a builder filled the cells a rowspan would have covered."""
    o = [p("二、主动公开政府信息情况")] + html_section2(False)
    o += [p("三、收到和处理政府信息公开申请情况"), '<table border="1" cellpadding="4" width="100%">',
          "<tr>" + cell("td", "&nbsp;", colspan=3) + cell("td", "申请人情况", colspan=7) + "</tr>",
          "<tr>" + cell("td", "—") + cell("td", "—") + cell("td", "—") + cell("td", "自然人") + cell("td", "法人或其他组织", colspan=5) + cell("td", "总计") + "</tr>",
          "<tr>" + cell("td", NOTE, colspan=3) + cell("td", "/") + "".join(cell("td", x) for x in ORGS) + cell("td", "/") + "</tr>",
          "</table>", '<table border="1" cellpadding="4" width="100%">']
    o += app_rows_html(ROWS, True, False, fill="&nbsp;") + ["</table>"]
    o += [p("四、政府信息公开行政复议、行政诉讼情况"), '<table border="1" cellpadding="4" width="100%">']
    o += html_section4_rows("td", "—") + [s4_values_row(False), "</table>"]
    return page(o)


def th_header():
    """<thead>/<th> headers with colspan only; group labels in <th scope=row> cells."""
    o = [p("二、主动公开政府信息情况")] + html_section2(False, tag="th")
    o += [p("三、收到和处理政府信息公开申请情况"), '<table border="1" cellpadding="4" width="100%"><thead>',
          "<tr>" + cell("th", NOTE, colspan=3) + cell("th", "申请人情况", colspan=7) + "</tr>",
          "<tr>" + cell("th", "&nbsp;", colspan=3) + cell("th", "自然人") + cell("th", "法人或其他组织", colspan=5) + cell("th", "总计") + "</tr>",
          "<tr>" + cell("th", "&nbsp;", colspan=3) + cell("th", "&nbsp;") + "".join(cell("th", x) for x in ORGS) + cell("th", "&nbsp;") + "</tr>",
          "</thead><tbody>"]
    body = app_rows_html(ROWS, True, False)
    o += [r.replace("<td>三、本年度办理结果</td>", '<th scope="row">三、本年度办理结果</th>') for r in body] + ["</tbody></table>"]
    o += [p("四、政府信息公开行政复议、行政诉讼情况"), '<table border="1" cellpadding="4" width="100%"><thead>']
    o += html_section4_rows("th", "&nbsp;") + ["</thead><tbody>", s4_values_row(False), "</tbody></table>"]
    return page(o)


def split_tables():
    """Section 三 cut in two <table>s by the CMS (after 4.保护第三方合法权益, the second part without a header);
    section 四's header in one table and its values in another; zeros left blank in sections 三 and 四."""
    o = [p("二、主动公开政府信息情况")] + html_section2(False)
    o += [p("三、收到和处理政府信息公开申请情况"), '<table border="1" cellpadding="4" width="100%">',
          "<tr>" + cell("td", NOTE, colspan=3, rowspan=3) + cell("td", "申请人情况", colspan=7) + "</tr>",
          "<tr>" + cell("td", "自然人", rowspan=2) + cell("td", "法人或其他组织", colspan=5) + cell("td", "总计", rowspan=2) + "</tr>",
          "<tr>" + "".join(cell("td", x) for x in ORGS) + "</tr>"]
    cut = next(i for i, r in enumerate(ROWS) if r[1] == "result.withheld.5")
    o += app_rows_html(ROWS[:cut], True, True) + ["</table>", '<div class="page-break"></div>',
                                                  '<table border="1" cellpadding="4" width="100%">']
    o += app_rows_html(ROWS[cut:], True, True) + ["</table>"]
    o += [p("四、政府信息公开行政复议、行政诉讼情况"), '<table border="1" cellpadding="4" width="100%">']
    o += [r for r in html_section4_rows("td", "&nbsp;")] + ["</table>", '<table border="1" cellpadding="4" width="100%">',
                                                           s4_values_row(True), "</table>"]
    return page(o)


def split_tables_grid():
    """As split-tables.html, but row labels without colspan (label grid filled with empty cells) and the cut just
    before (七)总计: the second part holds only rows whose labels end short of the three label columns."""
    o = [p("二、主动公开政府信息情况")] + html_section2(False)
    o += [p("三、收到和处理政府信息公开申请情况"), '<table border="1" cellpadding="4" width="100%">',
          "<tr>" + cell("td", NOTE, colspan=3, rowspan=3) + cell("td", "申请人情况", colspan=7) + "</tr>",
          "<tr>" + cell("td", "自然人", rowspan=2) + cell("td", "法人或其他组织", colspan=5) + cell("td", "总计", rowspan=2) + "</tr>",
          "<tr>" + "".join(cell("td", x) for x in ORGS) + "</tr>"]
    cut = next(i for i, r in enumerate(ROWS) if r[1] == "result.total")
    o += app_rows_html(ROWS[:cut], True, False, fill="") + ["</table>", '<p style="page-break-after:always">&nbsp;</p>',
                                                           '<table border="1" cellpadding="4" width="100%">']
    o += app_rows_html(ROWS[cut:], True, False, fill="") + ["</table>"]
    o += [p("四、政府信息公开行政复议、行政诉讼情况"), '<table border="1" cellpadding="4" width="100%">']
    o += html_section4_rows("td", "&nbsp;") + [s4_values_row(False), "</table>"]
    return page(o)


# ------------------------------------------------------------------------------------------------ text
def text_pipes_rows(blank_zero):
    """Whole rows on one line, cells joined by ' | ' (a page's text copy), grid padding cells at row ends."""
    o = [TITLE] + HEAD + ["二、主动公开政府信息情况"]
    for art, heads, rows in AD_ROWS:
        o.append(art + " | ||||")
        o.append("信息内容 | " + " | ".join(heads) + " |" + (" ||" if len(heads) == 1 else " |"))
        for lab, key, cols in rows:
            o.append(lab + " | " + " | ".join(val(AD[key][c], blank_zero) for c in cols) + " |" + (" ||" if len(cols) == 1 else ""))
    o += ["三、收到和处理政府信息公开申请情况", NOTE + " | 申请人情况 | ||||||||", "自然人 | 法人或其他组织 | 总计 | |||||||",
          " | ".join(ORGS) + " | |||||"]
    for lab, key, group in ROWS:
        cells = [group, lab] if group else [lab]
        o.append(" | ".join(cells + [val(A[key][c], blank_zero) for c in COLS]) + " |" + (" ||" if len(cells) == 1 else " |"))
    o += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 | 行政诉讼 | |||||||||||||",
          " | ".join(RLH) + " | 未经复议直接起诉 | 复议后起诉 | ||||||||", " | ".join(RLH * 2) + " | |||||",
          " | ".join(val(RL[g][k], blank_zero) for g in GROUPS for k in RLK)]
    return "\n".join(o + TAIL) + "\n"


def text_one_cell_per_line(blank_zero):
    """One cell per line, each followed by ' |' (as a text tool flattens a page); a blank cell is a '|' of its own."""
    o = [TITLE] + HEAD + ["二、主动公开政府信息情况"]

    def row(cells):
        for c in cells:
            o.append(c + " |" if c else "|")

    for art, heads, rows in AD_ROWS:
        row([art]); row(["信息内容"] + heads)
        for lab, key, cols in rows:
            row([lab] + [val(AD[key][c], blank_zero) for c in cols])
    o.append("三、收到和处理政府信息公开申请情况")
    row([NOTE, "申请人情况"]); row(["自然人", "法人或其他组织", "总计"]); row(ORGS)
    for lab, key, group in ROWS:
        row(([group] if group else []) + [lab] + [val(A[key][c], blank_zero) for c in COLS])
    o.append("四、政府信息公开行政复议、行政诉讼情况")
    row(["行政复议", "行政诉讼"]); row(RLH + ["未经复议直接起诉", "复议后起诉"]); row(RLH * 2)
    row([val(RL[g][k], blank_zero) for g in GROUPS for k in RLK])
    return "\n".join(o + TAIL) + "\n"


def text_bars(blank_zero):
    """Another text tool's flattening (as sample 000): a row opens with '| ', its cells are separated by a '|' line,
    it closes with '|' plus one '|' per grid cell a colspan covered; a blank cell is an empty line."""
    o = [TITLE] + HEAD + ["二、主动公开政府信息情况"]

    def row(cells, pad):
        o.append("| " + "\n|\n".join(cells) + "\n|" + "|" * pad)

    for art, heads, rows in AD_ROWS:
        row([art], 3)
        row(["信息内容"] + heads, 0 if len(heads) == 3 else 2)
        for lab, key, cols in rows:
            row([lab] + [val(AD[key][c], blank_zero) for c in cols], 0 if len(cols) == 3 else 2)
    o.append("三、收到和处理政府信息公开申请情况")
    row([NOTE, "申请人情况"], 8); row(["自然人", "法人或其他组织", "总计"], 7); row(ORGS, 5)
    for lab, key, group in ROWS:
        labels = ([group] if group else []) + [lab]
        row(labels + [val(A[key][c], blank_zero) for c in COLS], 3 - len(labels))
    o.append("四、政府信息公开行政复议、行政诉讼情况")
    row(["行政复议", "行政诉讼"], 13); row(RLH + ["未经复议直接起诉", "复议后起诉"], 8); row(RLH * 2, 5)
    row([val(RL[g][k], blank_zero) for g in GROUPS for k in RLK], 0)
    return "\n".join(o + TAIL) + "\n"


def text_spaces(blank_zero=False):
    """Text copied from a PDF: a row's cells on one line separated by one space (labels first); section 四 as one
    line of 15 numbers. A blank cell leaves no trace (001's blank 其他 cell of 3.其他; with blank_zero every zero)."""
    o = [TITLE] + HEAD + ["二、主动公开政府信息情况"]
    for art, heads, rows in AD_ROWS:
        o.append(art)
        o.append("信息内容 " + " ".join(heads))
        for lab, key, cols in rows:
            o.append(" ".join([lab] + [v for v in (val(AD[key][c], blank_zero) for c in cols) if v]))
    o += ["三、收到和处理政府信息公开申请情况", NOTE, "申请人情况", "自然人 法人或其他组织 总计", " ".join(ORGS)]
    for lab, key, group in ROWS:
        o.append(" ".join(([group] if group else []) + [lab] + [v for v in (val(A[key][c], blank_zero) for c in COLS) if v]))
    o += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", " ".join(RLH) + " 未经复议直接起诉 复议后起诉", " ".join(RLH * 2),
          " ".join(v for v in (val(RL[g][k], blank_zero) for g in GROUPS for k in RLK) if v)]
    return "\n".join(o + TAIL) + "\n"


def text_lines():
    """A PDF's text copied out: one cell per line, no separators; a blank cell leaves no line (001's blank 其他 cell
    of 3.其他), zeros printed."""
    o = [TITLE] + HEAD + ["二、主动公开政府信息情况"]
    for art, heads, rows in AD_ROWS:
        o += [art, "信息内容"] + heads
        for lab, key, cols in rows:
            o += [lab] + [v for v in (val(AD[key][c], False) for c in cols) if v]
    o += ["三、收到和处理政府信息公开申请情况", NOTE, "申请人情况", "自然人", "法人或其他组织", "总计"] + ORGS
    for lab, key, group in ROWS:
        o += ([group] if group else []) + [lab] + [v for v in (val(A[key][c], False) for c in COLS) if v]
    o += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"] + RLH + ["未经复议直接起诉", "复议后起诉"] + RLH * 2
    o += [v for v in (val(RL[g][k], False) for g in GROUPS for k in RLK) if v]
    return "\n".join(o + TAIL) + "\n"


def text_tabs(blank_zero):
    """A table copied from a browser: a row per line, cells separated by tabs, a blank cell an empty field; the
    cells under a rowspan (the group label column) are empty fields at the start of the row."""
    o = [TITLE] + HEAD + ["二、主动公开政府信息情况"]
    for art, heads, rows in AD_ROWS:
        o += [art, "\t".join(["信息内容"] + heads)]
        for lab, key, cols in rows:
            o.append("\t".join([lab] + [val(AD[key][c], blank_zero) for c in cols]))
    o += ["三、收到和处理政府信息公开申请情况", NOTE + "\t申请人情况", "自然人\t法人或其他组织\t总计", "\t".join(ORGS)]
    for lab, key, group in ROWS:
        lead = [group] if group else ([""] if key.startswith("result.") and key not in ("result.disclosed", "result.partial", "result.total") else [])
        o.append("\t".join(lead + [lab] + [val(A[key][c], blank_zero) for c in COLS]))
    o += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼", "\t".join(RLH + ["未经复议直接起诉", "复议后起诉"]), "\t".join(RLH * 2),
          "\t".join(val(RL[g][k], blank_zero) for g in GROUPS for k in RLK)]
    return "\n".join(o + TAIL) + "\n"


def unread_of(spaces, blank_zero):
    """Rows a space-flattened text cannot give: some but not all values (blank cells left no trace) → the row is
    not read and named in a table.row-uncertain notice; no value at all → table.too-few-cells."""
    if not spaces:
        return []
    out = []
    for t, tab in (("activeDisclosure", AD), ("applications", A)):
        for r, cells in tab.items():
            k = sum(1 for v in cells.values() if v is not None and not (blank_zero and v == 0))
            if k < len(cells):
                out.append({"table": t, "row": r, "code": "table.row-uncertain" if k else "table.too-few-cells"})
    readable = [r for r, cells in A.items() if all(v is not None and not (blank_zero and v == 0) for v in cells.values())]
    if len(readable) < 3:  # fewer than 3 rows read: the parser says the section 三 table was not found
        out.append({"table": "applications", "row": None, "code": "table.missing"})
    if any(v is None or (blank_zero and v == 0) for g in RL.values() for v in g.values()):
        out.append({"table": "reviewLitigation", "row": None, "code": "table.row-uncertain"})
    return out


def text_section4_groups(blank_zero):
    """Section 四 in two header rows (行政复议 with its 5 columns; 行政诉讼 with 未经复议直接起诉 5 + 复议后起诉 5), each
    group's values in a row of its own after its group label; sections 二 and 三 as whole rows."""
    base = text_pipes_rows(blank_zero).split("\n")
    h4 = base.index("四、政府信息公开行政复议、行政诉讼情况")
    h5 = base.index("五、存在的主要问题及改进情况")
    s4 = ["四、政府信息公开行政复议、行政诉讼情况",
          "行政复议 | " + " | ".join(RLH),
          "行政复议 | " + " | ".join(val(RL["review"][k], blank_zero) for k in RLK),
          "行政诉讼 | 未经复议直接起诉 | " + " | ".join(RLH) + " | 复议后起诉 | " + " | ".join(RLH),
          "行政诉讼 | 未经复议直接起诉 | " + " | ".join(val(RL["litigation_direct"][k], blank_zero) for k in RLK)
          + " | 复议后起诉 | " + " | ".join(val(RL["litigation_after_review"][k], blank_zero) for k in RLK)]
    return "\n".join(base[:h4] + s4 + base[h5:])


FILES = [
    ("header-two-rows.html", header_two_rows, False, "HTML, no rowspan anywhere: section 三 and 四 headers over rows with empty cells below 自然人/总计 and 行政复议, 法人或其他组织 colspan=5 above its kinds; row labels without colspan, the label grid filled with empty cells; CMS chrome: layout tables, breadcrumb, share links, side links table"),
    ("blank-zeros-004.html", lambda: header_two_rows(True), True, "HTML as header-two-rows.html with the cells of sample 004 and every zero blank: section 二 one table per 第二十条 item, most with no number at all; section 四 all blank under &nbsp; header placeholders", "004_389509ebf14147a7"),
    ("header-placeholders.html", header_placeholders, False, "HTML, header cells a builder filled with &nbsp;, — and / instead of rowspan (section 三 and 四); the 勾稽关系 note in the third header row; section 三's header in one <table>, its body in the next; label grid filled with &nbsp; cells"),
    ("th-header.html", th_header, False, "HTML, <thead> of <th> cells, colspan only, 三、本年度办理结果 as <th scope=row>"),
    ("split-tables.html", split_tables, True, "HTML, section 三 cut into two <table>s after result.withheld.4 (the second without header), section 四 header and values in separate tables, zeros blank in 三 and 四 (not 二)"),
    ("split-tables-grid.html", split_tables_grid, False, "HTML, section 三 cut into two <table>s just before (七)总计, labels without colspan in a grid filled with empty cells (the second part's labels reach only its first two columns)"),
    ("blank-zeros.rows.txt", lambda: text_pipes_rows(True), True, "text, whole rows on a line joined by ' | ' with grid padding, every zero blank in 二, 三, 四"),
    ("blank-zeros.cells.txt", lambda: text_one_cell_per_line(True), True, "text, one cell per line ('0 |', blank = '|'), every zero blank in 二, 三, 四"),
    ("blank-zeros.bars.txt", lambda: text_bars(True), True, "text, rows opened by '| ' with a '|' line between cells and '|' padding per covered grid cell (as sample 000), every zero blank in 二, 三, 四: section 四's values follow the header's padding cells"),
    ("blank-zeros-004.rows.txt", lambda: text_pipes_rows(True), True, "text as blank-zeros.rows.txt with the cells of sample 004 (安泰街道办事处 2023): every zero blank leaves section 四 a row of 15 empty cells and most of 三 empty", "004_389509ebf14147a7"),
    ("blank-zeros-004.bars.txt", lambda: text_bars(True), True, "text as blank-zeros.bars.txt with the cells of sample 004: section 四's 15 empty cells follow the header's padding", "004_389509ebf14147a7"),
    ("spaces.txt", text_spaces, False, "text copied from a PDF, cells separated by one space, section 四 as one line of 15 numbers; 001's one blank cell (3.其他, 其他) leaves no trace, so that row cannot be placed"),
    ("spaces-blank-zeros.txt", lambda: text_spaces(True), True, "as spaces.txt with every zero blank: only rows without a blank can be read; the others are named as uncertain (or, with no value at all, as too few cells), section 四 as uncertain"),
    ("lines.txt", text_lines, False, "text copied out of a PDF: one cell per line, no separators, zeros printed; 001's one blank cell leaves no line, so 3.其他 cannot be placed", SID, True),
    ("tabs-blank-zeros.txt", lambda: text_tabs(True), True, "a browser's copy of the tables: tab-separated cells, every zero an empty field, group label cells under a rowspan empty at the row's start"),
    ("section4-groups.txt", lambda: text_section4_groups(True), True, "text, section 四 under two header rows, each group's values after its label, zeros blank everywhere"),
]


def use_sample(sid):
    global EXP, A, AD, RL
    EXP = json.load(open(os.path.join(FIX, "expected", sid + ".json"), encoding="utf-8"))
    A, AD, RL = EXP["applications"], EXP["activeDisclosure"], EXP["reviewLitigation"]


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    for name, make, blank_zero, notes, *extra in FILES:
        sid = extra[0] if extra else SID
        use_sample(sid)
        blanks = blanks_of(blank_zero)
        if name.startswith("split-tables"):
            blanks = [b for b in blanks if not b.startswith("activeDisclosure.")]
        open(os.path.join(OUT, name), "w", encoding="utf-8").write(make())
        spaces = name.startswith("spaces") or (len(extra) > 1 and extra[1])
        manifest.append({"file": "layouts/" + name, "sample": sid, "blank": blanks,
                         "unread": unread_of(spaces, blank_zero), "notes": notes})
    json.dump(manifest, open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("wrote", len(manifest))


if __name__ == "__main__":
    main()
