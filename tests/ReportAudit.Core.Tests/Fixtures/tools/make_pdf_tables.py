#!/usr/bin/env python3
"""Build the Word-style .docx reports of ../pdf-tables and print them to PDF with LibreOffice, the way a government
office's Word file becomes the PDF it publishes. Standard library + LibreOffice (soffice) only. Not used by the tests.

The cells are sample 001's (../expected/001_d51677336c3a457a.json, its one blank cell written as 0), in simplified
characters; the narrative is sample 000's section 一 (安居区). Each document is a real OOXML file as Word writes it:
仿宋_GB2312 body text, a page header repeated on every page (the report's title), a centred footer page number
`- N -` (a PAGE field), tables with the first three rows repeated as header rows on every page (w:tblHeader), rows
allowed to break across pages (no w:cantSplit), vertically centred cells, merged label cells (w:gridSpan, w:vMerge).

  pagebreak.docx/.pdf   section 三 crosses a page break inside （五）不予处理, at its all-zero rows; the preamble is
                        long enough to push the break there.
  variants.docx/.pdf    2021 template with the typo 2.其他法律行政止公开, 6.属于四类过程性信息 with all seven cells left
                        empty, and a 2019-style single （六）其他处理 row instead of the three 2021 rows of （六） (its
                        cells are the sum of the three).
  misaligned.docx/.pdf  2021 template where the table's lower part was pasted from another file with other column
                        widths and the author merged cells: 4.保护第三方合法权益 has its five 法人或其他组织 cells merged
                        into one, and 1.本机关不掌握相关政府信息 carries an eighth value cell (a remark column, 246), so neither
                        row's values can be placed on the template's columns with confidence.
  rowsplit.docx/.pdf    pagebreak with two more lines before the table: the break falls inside 3.补正后申请内容仍不明确,
                        whose numbers stay on page 3 while the end of its label (仍不明确) goes to page 4, after the
                        running header and the repeated table header. Its footer is the bare page number (3, not - 3 -).
  topaligned.docx/.pdf  pagebreak with the cells aligned to the top (Word's default): each row's numbers on its
                        label's first line, the label's other lines below them.
  droppedrow.docx/.pdf  pagebreak with the all-zero row 6.属于四类过程性信息 deleted from the table.
Each case also gets <case>.expected.json: the cells the document holds (from the sample's cells, as written above).
Usage: python3 make_pdf_tables.py   (writes into ../pdf-tables; FILLER_ROWSPLIT=n moves rowsplit's break)
"""
import json, os, shutil, subprocess, sys, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.dirname(HERE)
OUT = os.path.join(FIX, "pdf-tables")
EXPECTED = json.load(open(os.path.join(FIX, "expected", "001_d51677336c3a457a.json"), encoding="utf-8"))
COLS = ["natural", "commercial", "research", "public_interest", "legal_services", "other", "total"]
TITLE = "安居区人民政府办公室2022年政府信息公开工作年度报告"
FONT = "仿宋_GB2312"
VALIGN = "center"

NARRATIVE = [
    "（一）主动公开",
    "2022年，安居区人民政府办公室围绕“十四五”规划发展、财政资金直达基层、优化营商环境、疫情防控、乡村振兴等重点领域，"
    "通过“部门发布、栏目共建”等内容保障方式，不断强化重点领域政府信息主动公开权威性。同时进一步提升政策解读力度，"
    "要求主动公开政策文件要高效、高质进行公开发布。2022年，开展各类政策文件信息发布16次、主动公开信息60余条。",
    "（二）依申请公开",
    "2022年，收到依申请公开343件，上年结转0件，现已全部办结343件，办结率100%。",
    "（三）政府信息管理",
    "将政府网站信息安全审查与公开作为我区政务公开培训的重要内容，清楚审查内容和程序，重视错敏词、涉及个人隐私等信息禁止公开。"
    "强化规范性文件主动公开，持续深化规范性文件主动公开流程，加强规范性文件主动公开力度，区本级印发执行的规范性文件原则上审发和"
    "公开审批同步开展，及时精准主动公开规范性文件。持续压实信息发布审核制度，严格遵循“公开是常态，不公开是例外”原则，优化网站栏目。"
    "2022年，站群网站未发生一起重大安全事故。高质量编纂政府公报4期，累计发放3200余册，多措并举扩大政务信息知悉范围。",
    "（四）政府信息公开平台建设",
    "强化政民互动交流。进一步优化领导信箱、意见征集、网上调查等政民互动运行机制，2022年，办理群众来信80件，公开发布57件。"
    "加强政府网站安全防护措施，完成政府网站集约化建设，完成政府网站IPV6双栈运行适配，参与全市信息系统安全攻防演练。",
    "（五）监督保障",
    "齐抓共管，细化工作部署。细化分解政务公开工作，进一步明确工作目标，厘清工作任务，压实工作责任；定期研判，落实问题整改。"
    "对政府信息公开制度、年度报告、履职依据、财政预决算、权责清单、机构概况等主动公开内容，进行全面梳理排查，形成问题清单，"
    "限期整改销号；压实责任，强化监督问效。严格落实开展2022年安居政府网站建管考核工作，对全区政务信息主动公开情况进行统计考核。",
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, size=32, bold=False):
    b = "<w:b/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}"/>{b}'
            f'<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def para(text, size=32, bold=False, jc=None, indent=True, before=None):
    ppr = ""
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if indent and not jc:
        ppr += '<w:ind w:firstLine="640"/>'
    ppr += '<w:spacing w:line="560" w:lineRule="exact"/>' if size >= 28 else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, size, bold)}</w:p>"


def cell(text, width, span=1, vmerge=None, size=21):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    tcpr += f'<w:vAlign w:val="{VALIGN}"/>'
    body = run(text, size) if text and vmerge != "continue" else ""
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{body}</w:p></w:tc>'


def table(grid, rows, header_rows=0):
    """rows: list of lists of (text, span, vmerge); grid: column widths (dxa)."""
    border = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{g}"/>' for g in grid]
    out.append("</w:tblGrid>")
    for n, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if n < header_rows else ""
        out.append(f"<w:tr>{trpr}")
        col = 0
        for text, span, vmerge in row:
            out.append(cell(text, sum(grid[col:col + span]), span, vmerge))
            col += span
        assert col == len(grid), (row, col)
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def n(v):
    return "0" if v is None else str(v)


def section2():
    a = EXPECTED["activeDisclosure"]
    grid = [2400, 2300, 2300, 2300]
    rows = [
        [("第二十条第（一）项", 4, None)],
        [("信息内容", 1, None), ("本年制发件数", 1, None), ("本年废止件数", 1, None), ("现行有效件数", 1, None)],
        [("规章", 1, None)] + [(n(a["regulations"][c]), 1, None) for c in ("issued", "repealed", "in_force")],
        [("行政规范性文件", 1, None)] + [(n(a["normative_documents"][c]), 1, None) for c in ("issued", "repealed", "in_force")],
        [("第二十条第（五）项", 4, None)],
        [("信息内容", 1, None), ("本年处理决定数量", 3, None)],
        [("行政许可", 1, None), (n(a["licensing"]["decisions"]), 3, None)],
        [("第二十条第（六）项", 4, None)],
        [("信息内容", 1, None), ("本年处理决定数量", 3, None)],
        [("行政处罚", 1, None), (n(a["penalty"]["decisions"]), 3, None)],
        [("行政强制", 1, None), (n(a["enforcement"]["decisions"]), 3, None)],
        [("第二十条第（八）项", 4, None)],
        [("信息内容", 1, None), ("本年收费金额（单位：万元）", 3, None)],
        [("行政事业性收费", 1, None), (n(a["fees"]["amount"]), 3, None)],
    ]
    return table(grid, rows)


LABELS = {
    "withheld": ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                 "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
    "unavailable": ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
    "not_processed": ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                      "5.要求行政机关确认或重新出具已获取信息"],
    "other": ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"],
}
GROUPS = {"withheld": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理", "other": "（六）其他处理"}


def values(key):
    row = EXPECTED["applications"][key]
    return [(n(row[c]), 1, None) for c in COLS]


def section3(case):
    grid = [700, 1250, 1900] + [700] * 7
    rows = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, "restart"), ("申请人情况", 7, None)],
        [("", 3, "continue"), ("自然人", 1, "restart"), ("法人或其他组织", 5, None), ("总计", 1, "restart")],
        [("", 3, "continue"), ("", 1, "continue"), ("商业企业", 1, None), ("科研机构", 1, None), ("社会公益组织", 1, None),
         ("法律服务机构", 1, None), ("其他", 1, None), ("", 1, "continue")],
        [("一、本年新收政府信息公开申请数量", 3, None)] + values("new"),
        [("二、上年结转政府信息公开申请数量", 3, None)] + values("carried_in"),
    ]
    first_result = True

    def result(label, key, group_restart=None, **kw):
        nonlocal first_result
        g = ("三、本年度办理结果", 1, "restart" if first_result else "continue")
        first_result = False
        cells = [g]
        if group_restart is not None:
            cells.append((group_restart[0], 1, group_restart[1]))
            cells.append((label, 1, None))
        else:
            cells.append((label, 2, None))
        vals = kw.get("vals") or values(key)
        rows.append(cells + vals)

    result("（一）予以公开", "result.disclosed")
    result("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "result.partial")
    for group in ("withheld", "unavailable", "not_processed", "other"):
        keys = [f"result.{group}.{i + 1}" for i in range(len(LABELS[group]))]
        if group == "other" and case == "variants":
            sums = [str(sum(EXPECTED["applications"][k][c] or 0 for k in keys)) for c in COLS]
            result(GROUPS[group], None, vals=[(s, 1, None) for s in sums])
            continue
        for i, (label, key) in enumerate(zip(LABELS[group], keys)):
            if case == "variants" and key == "result.withheld.2":
                label = "2.其他法律行政止公开"
            vals = None
            if case == "droppedrow" and key == "result.withheld.6":
                continue
            if case == "variants" and key == "result.withheld.6":
                vals = [("", 1, None)] * 7
            if case == "misaligned" and key == "result.withheld.4":
                row = EXPECTED["applications"][key]
                vals = [(n(row["natural"]), 1, None), (n(row["commercial"]), 5, None), (n(row["total"]), 1, None)]
            result(label, key, (GROUPS[group], "restart" if i == 0 else "continue"), vals=vals)
    result("（七）总计", "result.total")
    rows.append([("四、结转下年度继续办理", 3, None)] + values("carried_out"))
    if case == "misaligned":
        # The remark column the author added for one row: a ninth value cell, split off 总计's width.
        grid = grid[:-1] + [420, 280]
        for row in rows:
            last = row[-1]
            row[-1] = (last[0], last[1] + 1, last[2])
        for row in rows:
            if row[2:3] and row[2][0] == LABELS["unavailable"][0]:
                total = row[-1]
                row[-1] = (total[0], 1, total[2])
                row.append(("246", 1, None))
    return table(grid, rows, header_rows=3)


def section4():
    r = EXPECTED["reviewLitigation"]
    grid = [560] * 15
    parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        [("行政复议", 5, None), ("行政诉讼", 10, None)],
        [("", 5, None), ("未经复议直接起诉", 5, None), ("复议后起诉", 5, None)],
        [(p, 1, None) for p in parts * 3],
        [(n(r[g][c]), 1, None) for g in ("review", "litigation_direct", "litigation_after_review")
         for c in ("upheld", "corrected", "other", "pending", "total")],
    ]
    return table(grid, rows)


def document(case, filler):
    body = [para(TITLE, 44, True, "center"), para("一、总体情况", 32, True)]
    body += [para(t, 32, t.startswith("（")) for t in NARRATIVE]
    body += [para("本年度未发生政府信息公开工作责任追究情况。", 32) for _ in range(filler)]
    body += [para("二、主动公开政府信息情况", 32, True), section2()]
    body += [para("三、收到和处理政府信息公开申请情况", 32, True), section3(case)]
    body += [para("四、政府信息公开行政复议、行政诉讼情况", 32, True), section4()]
    body += [para("五、存在的主要问题及改进情况", 32, True),
             para("2022年，我区政府信息公开工作取得一定成效，但仍存在政策解读形式单一等问题。2023年将进一步丰富解读形式。", 32),
             para("六、其他需要报告的事项", 32, True),
             para("本年度未收取信息处理费。", 32),
             para("安居区人民政府办公室", 32, jc="right"), para("2023年1月16日", 32, jc="right")]
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="1247" w:gutter="0"/></w:sectPr>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'


HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
          f'{run(TITLE, 18)}</w:p></w:hdr>')
def footer(dashes):
    """A centred PAGE field, `- N -` or the bare number."""
    before, after = (run("- ", 28), run(" -", 28)) if dashes else ("", "")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'{before}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("1", 28)}<w:r><w:fldChar w:fldCharType="end"/></w:r>{after}</w:p></w:ftr>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
          f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
          '</w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
         '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

# Paragraphs of filler (repeats of the last narrative paragraph) that put the page break where each case needs it.
CASES = {"pagebreak": 0, "rowsplit": int(os.environ.get("FILLER_ROWSPLIT", "2")), "variants": 0, "misaligned": 0, "topaligned": 0, "droppedrow": 0}


def expected(case):
    """The cells each document holds, as ../expected/*.json writes them; a row that cannot be placed with confidence
    (misaligned) is listed under uncertainRows instead of its cells."""
    apps = {row: {c: (v if v is not None else 0) for c, v in cells.items()} for row, cells in EXPECTED["applications"].items()}
    uncertain = []
    if case == "variants":
        keys = ["result.other.1", "result.other.2", "result.other.3"]
        other = {c: sum(apps[k][c] for k in keys) for c in COLS}
        apps = {k: v for k, v in apps.items() if k not in keys}
        apps["result.other"] = other
        apps["result.withheld.6"] = {c: None for c in COLS}
    if case == "droppedrow":
        del apps["result.withheld.6"]
    if case == "misaligned":
        uncertain = ["result.withheld.4", "result.unavailable.1"]
        apps = {k: v for k, v in apps.items() if k not in uncertain}
    return {"template": "2021", "body": "安居区人民政府办公室", "year": 2022, "publishedOn": "2023-01-16",
            "activeDisclosure": EXPECTED["activeDisclosure"], "applications": apps,
            "reviewLitigation": EXPECTED["reviewLitigation"], "uncertainRows": uncertain}


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp()
    global VALIGN
    for case, filler in CASES.items():
        # Word's default cell alignment is top: the numbers sit on a label's first line, its other lines below.
        VALIGN = "top" if case == "topaligned" else "center"
        path = os.path.join(tmp, f"{case}.docx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in (("[Content_Types].xml", TYPES), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOC_RELS),
                               ("word/document.xml", document(case, filler)), ("word/styles.xml", STYLES),
                               ("word/header1.xml", HEADER), ("word/footer1.xml", footer(case != "rowsplit"))):
                z.writestr(name, data)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(path, OUT)
        shutil.copy(os.path.join(tmp, f"{case}.pdf"), OUT)
        with open(os.path.join(OUT, f"{case}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(case), f, ensure_ascii=False, indent=2)
            f.write("\n")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
