#!/usr/bin/env python3
"""Build ../amounts/*: variants of real renditions whose money cells carry their unit in the places real pages
put it (issue 12.5). Each variant changes only the 采购总金额 / 本年收费金额 cells, their header or a unit note
of its source; everything else stays byte for byte. Standard library only; not used by the tests."""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.dirname(HERE)
REND = os.path.join(FIX, "renditions")
OUT = os.path.join(FIX, "amounts")
SAMPLES = os.environ.get("SAMPLES", "/work/shared/samples")


def read(path, enc="utf-8"):
    with open(path, encoding=enc, newline="") as f:
        return f.read()


def write(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="") as f:
        f.write(text)


def once(text, old, new):
    assert text.count(old) == 1, (old, text.count(old))
    return text.replace(old, new)


# 1. A CMS page whose cell says 75394432.52元 (the unit in the cell), 12 procurement items.
cms = read(os.path.join(REND, "002.cms.html"))
row = '<td style="border:1px solid #000;text-align:center;">政府集中采购</td><td style="border:1px solid #000;text-align:center;">&nbsp;0&nbsp;</td><td colspan="2" style="border:1px solid #000;text-align:center;">&nbsp;0&nbsp;</td>'
write("002.yuan-in-cell.cms.html", once(cms, row, row.replace("&nbsp;0&nbsp;", "&nbsp;12&nbsp;", 1).replace("&nbsp;0&nbsp;", "75,394,432.52元")))

# 2. Word "Save as Web Page" (GB2312): header 采购总金额（万元）, cell 8.74 split over two runs as Word writes it.
word = read(os.path.join(REND, "002.word.html"), "gb18030")
word = once(word, ">采购总金额</span>", ">采购总金额（万元）</span>")
at = word.index(">政府集中采购</span>")
head, tail = word[:at], word[at:]
cells = [m.start() for m in re.finditer(r"'>0</span>", tail)]
amount = cells[1]
span = "<span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>"
tail = tail[:amount] + "'>8</span>" + span + ".74</span>" + tail[amount + len("'>0</span>"):]
write("002.wan-header.word.html", head + tail, "gb18030")

# 3. Plain text copied from the page: a note 单位：万元 under the section heading, cell in full-width digits and comma.
text = read(os.path.join(SAMPLES, "002_1dc63dd6a21548ca.txt"))
text = once(text, "二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n（单位：万元）\n")
text = once(text, "政府集中采购 | 0 | 0 |", "政府集中采购 | 3 | １，２３４．５ |")
write("002.note.txt", text)

# 4. The same text with the amount and no unit anywhere: the unit must stay unknown.
text = read(os.path.join(SAMPLES, "002_1dc63dd6a21548ca.txt"))
write("002.no-unit.txt", once(text, "政府集中采购 | 0 | 0 |", "政府集中采购 | 12 | 75394432.52 |"))

# 5. A 2021-template CMS page: 本年收费金额(单位:万元) as the template prints it, 38.79 in the cell.
cms21 = read(os.path.join(REND, "004.cms.html"))
fees = '<td style="border:1px solid #000;text-align:center;">行政事业性收费</td><td colspan="3" style="border:1px solid #000;text-align:center;">&nbsp;0&nbsp;</td>'
write("004.fees-wan.cms.html", once(cms21, fees, fees.replace("&nbsp;0&nbsp;", "38.79")))

# 6. The same page whose header was rewritten to 元 by the body, with a thousands separator in the cell.
yuan = once(cms21, "本年收费金额(单位:万元)", "本年收费金额(元)")
write("004.fees-yuan-header.cms.html", once(yuan, fees, fees.replace("&nbsp;0&nbsp;", "387,900.00")))
