#!/usr/bin/env python3
"""Build the HTML renditions in ../renditions from the hand-checked ../expected/*.json cells and the narrative
text of the source samples (/work/shared/samples). Standard library only. Not used by the tests; kept so the
renditions can be rebuilt. The .docx/.pdf files are made from the .cms.html with LibreOffice (see README in
../renditions)."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.dirname(HERE)
SAMPLES = os.environ.get("SAMPLES", "/work/shared/samples")
OUT = os.path.join(FIX, "renditions")

COLS = ["natural", "commercial", "research", "public_interest", "legal_services", "other", "total"]
RLK = ["upheld", "corrected", "other", "pending", "total"]

# --- labels (simplified); per-sample overrides below keep the source's own quirks -----------------------------
L21 = {
    "withheld": ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                 "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
    "unavailable": ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
    "not_processed": ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                      "5.要求行政机关确认或重新出具已获取信息"],
    "other": ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"],
    "new": "一、本年新收政府信息公开申请数量", "carried_in": "二、上年结转政府信息公开申请数量",
    "group3": "三、本年度办理结果", "disclosed": "(一)予以公开",
    "partial": "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    "g_withheld": "(三)不予公开", "g_unavailable": "(四)无法提供", "g_not_processed": "(五)不予处理",
    "g_other": "(六)其他处理", "total": "(七)总计", "carried_out": "四、结转下年度继续办理",
    "note": "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
    "applicant": "申请人情况", "natural": "自然人", "legal": "法人或其他组织", "sum": "总计",
    "orgs": ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    "s4_review": "行政复议", "s4_lit": "行政诉讼", "s4_direct": "未经复议直接起诉", "s4_after": "复议后起诉",
    "s4_review_cols": ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    "s4_direct_cols": ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    "s4_after_cols": ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    "h2": "二、主动公开政府信息情况", "h3": "三、收到和处理政府信息公开申请情况",
    "h4": "四、政府信息公开行政复议、行政诉讼情况",
    "norm_label": "行政规范性文件", "reg_cols": ["本年制发件数", "本年废止件数", "现行有效件数"],
    "reg_cols19": ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
}

PER_SAMPLE = {
    "000_97c0cbec448c6c98": {"orgs": ["商业<br>企业", "科研<br>机构", "社会公益组织", "法律服务机构", "其他"],
                             "s4_review_cols": ["结果维持", "结果", "其他", "尚未", "总计"],
                             "s4_after_cols": ["结果", "结果", "其他", "尚未", "总计"]},
    "002_1dc63dd6a21548ca": {"group3": "三本 年度办理结果",
                             "orgs": ["商业企业", "科研机构", "社会公益<br>组织", "法律服务<br>机构", "其他"], "reg_cols19": ["本年新", "本年新", "对外公开总数量"],
                             "note": "(本列数据的勾稽关系为: 第一项加第二项之和, 等于第三项加第四项之和)",
                             "norm_label": "规范性文件"},
    "004_389509ebf14147a7": {"orgs": ["商业 企业", "科研<br>机构", "社会公益组织", "法律服务机构", "其他"],
                             "s4_review_cols": ["结果维持", "结果", "其他", "尚未", "总计"],
                             "s4_direct_cols": ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"],
                             "s4_after_cols": ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"]},
    "001_d51677336c3a457a": {},  # traditional labels are taken over by TRAD below
}

# 001 keeps the traditional characters (with the converter's pinyin marks) of its source.
TRAD = {
    "withheld": ["1.屬于國家秘密", "2. 其他法律行政法規(guī)禁止公開", "3.危及“三安全一穩(wěn)定”",
                 "4.保護(hù)第三方合法權(quán)益", "5.屬于三類內(nèi)部事務(wù)信息", "6.屬于四類過程性信息",
                 "7.屬于行政執(zhí)法案卷", "8.屬于行政查詢事項"],
    "unavailable": ["1. 本機(jī)關(guān)不掌握相關(guān)政府<br>信息", "2.沒有現(xiàn)成信息需要另行制作",
                    "3.補(bǔ)正后申請內(nèi)容仍不明確"],
    "not_processed": ["1.信訪舉報投訴類申請", "2.重復(fù)申請", "3.要求提供公開出版物",
                      "4.無正當(dāng)理由大量反復(fù)申請", "5.要求行政機(jī)關(guān)確認(rèn)或重新出具已獲取信息"],
    "other": ["1.申請人無正當(dāng)理由逾期不補(bǔ)正、行政機(jī)關(guān)不再處理其政府信息公開申請",
              "2.申請人逾期未按收費(fèi)通知要求繳納費(fèi)用、行政機(jī)關(guān)不再處理其政府信息公開申請", "3.其他"],
    "new": "一、本年新收政府信息公開申請數(shù)量", "carried_in": "二、上年結(jié)轉(zhuǎn)政府信息公開申請數(shù)量",
    "group3": "三、本年度辦理結(jié)果", "disclosed": "(一)予已公開",
    "partial": "(二)部分公開(區(qū)分處理的,只計這一情形,不計其他情形)",
    "g_withheld": "(三)<br>不予<br>公開", "g_unavailable": "(四)<br>無法<br>提供",
    "g_not_processed": "(五)<br>不予<br>處理", "g_other": "(六)<br>其他<br>處理", "total": "(七)總計",
    "carried_out": "四、結(jié)轉(zhuǎn)下年度繼續(xù)辦理",
    "note": "(本列數(shù)據(jù)的勾稽關(guān)系為:第一項加第二項之和,等于第三項加第四項之和)",
    "applicant": "申請人情況", "natural": "自然人", "legal": "法人或其他組織", "sum": "總計",
    "orgs": ["商業(yè)企業(yè)", "科研機(jī)構(gòu)", "社會公益組織", "法律服務(wù)機(jī)構(gòu)", "其他"],
    "s4_review": "行政復(fù)議", "s4_lit": "行政訴訟", "s4_direct": "未經(jīng)復(fù)議直接起訴", "s4_after": "復(fù)議后起訴",
    "s4_review_cols": ["結(jié)果維持", "結(jié)果糾正", "其他結(jié)果", "尚未審結(jié)", "總計"],
    "s4_direct_cols": ["結(jié)果<br>維持", "結(jié)果<br>糾正", "其他<br>結(jié)果", "尚未<br>審結(jié)", "總計"],
    "s4_after_cols": ["結(jié)果<br>維持", "結(jié)果<br>糾正", "其他<br>結(jié)果", "尚未<br>審結(jié)", "總計"],
    "h2": "二、主動公開政府信息情況", "h3": "三、收到和處理政府信息公開申請情況",
    "h4": "四、政府信息公開行政復(fù)議、行政訴訟情況",
    "norm_label": "規(guī)範(fàn)性文件", "reg_cols": ["本年制發(fā)件數(shù)", "本年廢止件數(shù)", "現(xiàn)行有效件數(shù)"],
    "ad_labels": {"info": "信息內(nèi)容", "reg": "規(guī)章", "lic": "行政許可", "pen": "行政處罰", "enf": "行政強(qiáng)制",
                  "fee": "行政事業(yè)性收費(fèi)", "dec": "本年處理決定數(shù)量", "amt": "本年收費(fèi)金額(單位:萬元)"},
}
AD21 = {"info": "信息内容", "reg": "规章", "lic": "行政许可", "pen": "行政处罚", "enf": "行政强制",
        "fee": "行政事业性收费", "dec": "本年处理决定数量", "amt": "本年收费金额(单位:万元)"}


def labels(sid):
    if sid.startswith("001_"):
        d = dict(L21); d.update(TRAD); return d
    d = dict(L21); d.update(PER_SAMPLE.get(sid, {})); d["ad_labels"] = AD21; return d


def load(sid):
    exp = json.load(open(os.path.join(FIX, "expected", sid + ".json"), encoding="utf-8"))
    txt = open(os.path.join(SAMPLES, sid + ".txt"), encoding="utf-8").read()
    lines = [l.strip() for l in txt.split("\n")]
    h2 = next(i for i, l in enumerate(lines) if re.match(r"^二、主(动|動)公(开|開)", l))
    h5 = next(i for i, l in enumerate(lines) if l.startswith("五、"))
    head = [l for l in lines[:h2] if l and "|" not in l]
    tail = [l for l in lines[h5:] if l and "|" not in l]
    return exp, head, tail


def num(v):
    return "" if v is None else str(v)


def app_rows(exp):
    """(key, group, label-key/index) for every applications row in template order."""
    a = exp["applications"]
    return list(a.keys())


# ============================================================================ CMS page ===========================
def cms_tables(sid, exp, L):
    a, ad, rl = exp["applications"], exp["activeDisclosure"], exp["reviewLitigation"]
    A = L["ad_labels"]
    pad = lambda s: f"&nbsp;{s}&nbsp;"
    td = lambda s, extra="": f'<td{extra} style="border:1px solid #000;text-align:center;">{s}</td>'
    o = []
    o.append(f'<p style="text-indent:2em;"><strong>{L["h2"]}</strong></p>')
    o.append('<table class="MsoTable15Grid" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">')
    o.append('<tbody>')
    if exp["template"] == "2021":
        o.append('<tr>' + td("第二十条第(一)项", ' colspan="4"') + '</tr>')
        o.append('<tr>' + td(A["info"]) + "".join(td(c) for c in L["reg_cols"]) + '</tr>')
        for lab, key in ((A["reg"], "regulations"), (L["norm_label"], "normative_documents")):
            o.append('<tr>' + td(lab) + "".join(td(pad(num(ad[key][k]))) for k in ("issued", "repealed", "in_force")) + '</tr>')
        for art, rows, head in (("第二十条第(五)项", [(A["lic"], "licensing")], A["dec"]),
                                ("第二十条第(六)项", [(A["pen"], "penalty"), (A["enf"], "enforcement")], A["dec"])):
            o.append('<tr>' + td(art, ' colspan="4"') + '</tr>')
            o.append('<tr>' + td(A["info"]) + td(head, ' colspan="3"') + '</tr>')
            for lab, key in rows:
                o.append('<tr>' + td(lab) + td(pad(num(ad[key]["decisions"])), ' colspan="3"') + '</tr>')
        o.append('<tr>' + td("第二十条第(八)项", ' colspan="4"') + '</tr>')
        o.append('<tr>' + td(A["info"]) + td(A["amt"], ' colspan="3"') + '</tr>')
        o.append('<tr>' + td(A["fee"]) + td(pad(num(ad["fees"]["amount"])), ' colspan="3"') + '</tr>')
    else:
        o.append('<tr>' + td("第二十条第(一)项", ' colspan="4"') + '</tr>')
        o.append('<tr>' + td("信息内容") + "".join(td(c) for c in L["reg_cols19"]) + '</tr>')
        for lab, key in (("规章", "regulations"), (L["norm_label"], "normative_documents")):
            o.append('<tr>' + td(lab) + "".join(td(pad(num(ad[key][k]))) for k in ("made", "published", "total_published")) + '</tr>')
        for art, rows in (("第二十条第(五)项", [("行政许可", "licensing"), ("其他对外管理服务事项", "other_services")]),
                          ("第二十条第(六)项", [("行政处罚", "penalty"), ("行政强制", "enforcement")])):
            o.append('<tr>' + td(art, ' colspan="4"') + '</tr>')
            o.append('<tr>' + td("信息内容") + td("上一年项目数量") + td("本年增/减") + td("处理决定数量") + '</tr>')
            for lab, key in rows:
                o.append('<tr>' + td(lab) + "".join(td(pad(num(ad[key][k]))) for k in ("previous_items", "change", "decisions")) + '</tr>')
        o.append('<tr>' + td("第二十条第(八)项", ' colspan="4"') + '</tr>')
        o.append('<tr>' + td("信息内容") + td("上一年项目数量") + td("本年增/减", ' colspan="2"') + '</tr>')
        o.append('<tr>' + td("行政事业性收费") + td(pad(num(ad["fees"]["previous_items"]))) + td(pad(num(ad["fees"]["change"])), ' colspan="2"') + '</tr>')
        o.append('<tr>' + td("第二十条第(九)项", ' colspan="4"') + '</tr>')
        o.append('<tr>' + td("信息内容") + td("采购项目数量") + td("采购总金额", ' colspan="2"') + '</tr>')
        o.append('<tr>' + td("政府集中采购") + td(pad(num(ad["procurement"]["items"]))) + td(pad(num(ad["procurement"]["amount"])), ' colspan="2"') + '</tr>')
    o.append('</tbody></table>')

    # ---- section 三
    o.append(f'<p style="text-indent:2em;"><strong>{L["h3"]}</strong></p>')
    o.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;"><tbody>')
    o.append('<tr>' + td(L["note"], ' colspan="3" rowspan="3"') + td(L["applicant"], ' colspan="7"') + '</tr>')
    o.append('<tr>' + td(L["natural"], ' rowspan="2"') + td(L["legal"], ' colspan="5"') + td(L["sum"], ' rowspan="2"') + '</tr>')
    o.append('<tr>' + "".join(td(x) for x in L["orgs"]) + '</tr>')
    vals = lambda key: "".join(td(pad(num(a[key][c])) if a[key][c] is not None else "&nbsp;") for c in COLS)
    o.append('<tr>' + td(L["new"], ' colspan="3"') + vals("new") + '</tr>')
    o.append('<tr>' + td(L["carried_in"], ' colspan="3"') + vals("carried_in") + '</tr>')
    n3 = 22 if exp["template"] == "2021" else 20
    o.append('<tr>' + td(L["group3"], f' rowspan="{n3}"') + td(L["disclosed"], ' colspan="2"') + vals("result.disclosed") + '</tr>')
    o.append('<tr>' + td(L["partial"], ' colspan="2"') + vals("result.partial") + '</tr>')
    for gk, sub, n in (("g_withheld", "withheld", 8), ("g_unavailable", "unavailable", 3), ("g_not_processed", "not_processed", 5)):
        for i in range(n):
            first = td(L[gk], f' rowspan="{n}"') if i == 0 else ""
            o.append('<tr>' + first + td(L[sub][i]) + vals(f"result.{sub}.{i+1}") + '</tr>')
    if exp["template"] == "2021":
        for i in range(3):
            first = td(L["g_other"], ' rowspan="3"') if i == 0 else ""
            o.append('<tr>' + first + td(L["other"][i]) + vals(f"result.other.{i+1}") + '</tr>')
    else:
        o.append('<tr>' + td(L["g_other"], ' colspan="2"') + vals("result.other") + '</tr>')
    o.append('<tr>' + td(L["total"], ' colspan="2"') + vals("result.total") + '</tr>')
    o.append('<tr>' + td(L["carried_out"], ' colspan="3"') + vals("carried_out") + '</tr>')
    o.append('</tbody></table>')

    # ---- section 四
    o.append(f'<p style="text-indent:2em;"><strong>{L["h4"]}</strong></p>')
    o.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;"><tbody>')
    o.append('<tr>' + td(L["s4_review"], ' colspan="5"') + td(L["s4_lit"], ' colspan="10"') + '</tr>')
    o.append('<tr>' + "".join(td(x, ' rowspan="2"') for x in L["s4_review_cols"]) + td(L["s4_direct"], ' colspan="5"') + td(L["s4_after"], ' colspan="5"') + '</tr>')
    o.append('<tr>' + "".join(td(x) for x in L["s4_direct_cols"] + L["s4_after_cols"]) + '</tr>')
    o.append('<tr>' + "".join(td(pad(num(rl[g][k]))) for g in ("review", "litigation_direct", "litigation_after_review") for k in RLK) + '</tr>')
    o.append('</tbody></table>')
    return "\n".join(o)


def para(l):
    return f'<p style="text-indent:2em;line-height:2;">{html.escape(l, quote=False)}</p>'


def cms_page(sid, meta):
    exp, head, tail = load(sid)
    L = labels(sid)
    body_title = meta["title_html"]
    info = meta["info"]
    head_html = "\n".join(para(l) for l in head if l not in meta.get("skip_head", []))
    tail_html = "\n".join(para(l) for l in tail if l not in meta.get("sign", []))
    sign_html = "\n".join(f'<p style="text-align:right;">{html.escape(l)}</p>' for l in meta.get("sign", []))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="政务公开网" />
<meta name="ColumnName" content="年度报告" />
<meta name="ArticleTitle" content="{meta['page_title']}" />
<title>{meta['page_title']}_年度报告_政务公开网</title>
<link rel="stylesheet" type="text/css" href="/images/common.css" />
<style type="text/css">
body{{margin:0;padding:0;font:12px/1.5 "微软雅黑",Arial;color:#333;}}
.header{{height:120px;background:#b50d0d;}} .nav a{{color:#fff;padding:0 18px;line-height:40px;}}
.position{{height:36px;line-height:36px;border-bottom:1px solid #ddd;}}
.xxgk_info td{{border:1px solid #e5e5e5;padding:4px 8px;}}
.content{{font-size:16px;line-height:2;}} .content td{{font-size:14px;}}
.footer{{background:#f2f2f2;text-align:center;padding:20px 0;}}
</style>
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
function printPage(){{ window.print(); }}
</script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="政务公开网" /></div>
<div class="nav"><a href="/">首页</a>|<a href="/zwgk/">政务公开</a>|<a href="/zwfw/">政务服务</a>|<a href="/hdjl/">互动交流</a>|<a href="/ztzl/">专题专栏</a></div></div>
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/ndbg/">年度报告</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td valign="top">
<table class="xxgk_info" width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td width="12%">索&nbsp;引&nbsp;号：</td><td width="38%">{info['index']}</td><td width="12%">主题分类：</td><td width="38%">政务公开</td></tr>
<tr><td>发布机构：</td><td>{info['body']}</td><td>发布日期：</td><td>{info['date']}</td></tr>
<tr><td>名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{meta['page_title']}</td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center" style="font-size:22px;font-weight:bold;padding:20px 0;">{body_title}</td></tr>
<tr><td align="center" class="zoom_bar">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】&nbsp;&nbsp;<a href="javascript:printPage()">打印本页</a></td></tr>
<tr><td>
<div id="zoom">
<table class="content" width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>
{head_html}
{cms_tables(sid, exp, L)}
{tail_html}
{sign_html}
</td></tr></table>
</div>
</td></tr>
</table>
</td></tr>
</table>
<div class="footer">
<div class="ewm"><img src="/images/qrcode.png" alt="" /><p>扫一扫在手机上查看当前页面</p></div>
<p>主办单位：政务公开网&nbsp;&nbsp;&nbsp;网站标识码：0000000000&nbsp;&nbsp;&nbsp;ICP备案号：京ICP备00000000号</p>
<p><a href="javascript:void(0)" onclick="window.close()">[关闭窗口]</a></p>
</div>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon'%3E%3C/span%3E"));</script>
</body>
</html>
"""


# ============================================================================ Word HTML ==========================
B = ("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
     "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt")
FONT = "font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt"


def wrun(text, en):
    """A Word run; numbers/ASCII get lang=EN-US."""
    if en:
        return f"<span lang=EN-US style='{FONT}'>{text}</span>"
    return f"<span style='{FONT}'>{text}</span>"


def wcell_p(inner, center=True):
    al = " align=center style='text-align:center;mso-pagination:widow-orphan'" if center else " style='mso-pagination:widow-orphan'"
    return f"<p class=MsoNormal{al}>{inner}<span lang=EN-US style='{FONT}'><o:p></o:p></span></p>"


def wlabel(text):
    """label cell content; '<br>' in text becomes separate paragraphs, '/' splits one char per paragraph."""
    parts = text.split("<br>")
    ps = []
    for p in parts:
        m = re.match(r"^([0-9]+\.\s*)(.*)$", p)
        inner = (wrun(m.group(1), True) + wrun(m.group(2), False)) if m else wrun(p, False)
        ps.append(wcell_p(inner))
    return "\n".join(ps)


def wnum(v, style):
    if v is None:
        return wcell_p("")
    s = str(v)
    if style == "split" and len(s) >= 2:
        return wcell_p(wrun(s[0], True) + wrun(s[1:], True))
    if style == "pad" and s == "0":
        return wcell_p(wrun("&nbsp;0&nbsp;", True))
    return wcell_p(wrun(s, True))


def wtd(content, w=40, extra=""):
    return f"<td width={int(w*1.33)}{extra} valign=center style='width:{w}.0pt;{B}'>\n{content}\n</td>"


def word_tables(sid, exp, L, split_keys):
    a, ad, rl = exp["applications"], exp["activeDisclosure"], exp["reviewLitigation"]
    A = L["ad_labels"]
    T = ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=\"100%\" "
         "style='width:100.0%;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
         "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    o = []
    cnt = [0]

    def tr(cells, last=False):
        cnt[0] += 1
        extra = ";mso-yfti-lastrow:yes" if last else ""
        return f"<tr style='mso-yfti-irow:{cnt[0]};height:20.0pt{extra}'>\n" + "\n".join(cells) + "\n</tr>"

    def v(x, key=None):
        style = "split" if key in split_keys else ("pad" if x == 0 and (cnt[0] % 3 == 0) else "plain")
        return wnum(x, style)

    def h(t):
        return f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>{t}<span lang=EN-US><o:p></o:p></span></span></b></p>"

    o.append(h(L["h2"]))
    o.append(T)
    if exp["template"] == "2021":
        o.append(tr([wtd(wlabel("第二十条第(一)项"), 400, " colspan=4")]))
        o.append(tr([wtd(wlabel(A["info"]), 100)] + [wtd(wlabel(c), 100) for c in L["reg_cols"]]))
        for lab, key in ((A["reg"], "regulations"), (L["norm_label"], "normative_documents")):
            o.append(tr([wtd(wlabel(lab), 100)] + [wtd(v(ad[key][k], f"ad.{key}.{k}"), 100) for k in ("issued", "repealed", "in_force")]))
        for art, rows, head in (("第二十条第(五)项", [(A["lic"], "licensing")], A["dec"]),
                                ("第二十条第(六)项", [(A["pen"], "penalty"), (A["enf"], "enforcement")], A["dec"])):
            o.append(tr([wtd(wlabel(art), 400, " colspan=4")]))
            o.append(tr([wtd(wlabel(A["info"]), 100), wtd(wlabel(head), 300, " colspan=3")]))
            for lab, key in rows:
                o.append(tr([wtd(wlabel(lab), 100), wtd(v(ad[key]["decisions"]), 300, " colspan=3")]))
        o.append(tr([wtd(wlabel("第二十条第(八)项"), 400, " colspan=4")]))
        o.append(tr([wtd(wlabel(A["info"]), 100), wtd(wlabel(A["amt"]), 300, " colspan=3")]))
        o.append(tr([wtd(wlabel(A["fee"]), 100), wtd(v(ad["fees"]["amount"]), 300, " colspan=3")], last=True))
    else:
        o.append(tr([wtd(wlabel("第二十条第(一)项"), 400, " colspan=4")]))
        o.append(tr([wtd(wlabel("信息内容"), 100)] + [wtd(wlabel(c), 100) for c in L["reg_cols19"]]))
        for lab, key in (("规章", "regulations"), (L["norm_label"], "normative_documents")):
            o.append(tr([wtd(wlabel(lab), 100)] + [wtd(v(ad[key][k]), 100) for k in ("made", "published", "total_published")]))
        for art, rows in (("第二十条第(五)项", [("行政许可", "licensing"), ("其他对外管理服务事项", "other_services")]),
                          ("第二十条第(六)项", [("行政处罚", "penalty"), ("行政强制", "enforcement")])):
            o.append(tr([wtd(wlabel(art), 400, " colspan=4")]))
            o.append(tr([wtd(wlabel(x), 100) for x in ("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")]))
            for lab, key in rows:
                o.append(tr([wtd(wlabel(lab), 100)] + [wtd(v(ad[key][k]), 100) for k in ("previous_items", "change", "decisions")]))
        o.append(tr([wtd(wlabel("第二十条第(八)项"), 400, " colspan=4")]))
        o.append(tr([wtd(wlabel("信息内容"), 100), wtd(wlabel("上一年项目数量"), 100), wtd(wlabel("本年增/减"), 200, " colspan=2")]))
        o.append(tr([wtd(wlabel("行政事业性收费"), 100), wtd(v(ad["fees"]["previous_items"]), 100), wtd(v(ad["fees"]["change"]), 200, " colspan=2")]))
        o.append(tr([wtd(wlabel("第二十条第(九)项"), 400, " colspan=4")]))
        o.append(tr([wtd(wlabel("信息内容"), 100), wtd(wlabel("采购项目数量"), 100), wtd(wlabel("采购总金额"), 200, " colspan=2")]))
        o.append(tr([wtd(wlabel("政府集中采购"), 100), wtd(v(ad["procurement"]["items"]), 100), wtd(v(ad["procurement"]["amount"]), 200, " colspan=2")], last=True))
    o.append("</table>")

    # ---- section 三 (the row-group label is repeated as a second merged cell from （四）无法提供 on)
    cnt[0] = 0
    o.append(h(L["h3"]))
    o.append(T)
    o.append(tr([wtd(wlabel(L["note"]), 150, " colspan=3 rowspan=3"), wtd(wlabel(L["applicant"]), 350, " colspan=7")]))
    o.append(tr([wtd(wlabel(L["natural"]), 50, " rowspan=2"), wtd(wlabel(L["legal"]), 250, " colspan=5"), wtd(wlabel(L["sum"]), 50, " rowspan=2")]))
    orgs = ["商业<br>企业", "科研<br>机构", "社会<br>公益<br>组织", "法律<br>服务<br>机构", "其他"] if not sid.startswith("001_") else L["orgs"]
    o.append(tr([wtd(wlabel(x), 50) for x in orgs]))
    vals = lambda key: [wtd(v(a[key][c], f"app.{key}.{c}"), 50) for c in COLS]
    o.append(tr([wtd(wlabel(L["new"]), 150, " colspan=3")] + vals("new")))
    o.append(tr([wtd(wlabel(L["carried_in"]), 150, " colspan=3")] + vals("carried_in")))
    o.append(tr([wtd(wlabel(L["group3"]), 30, " rowspan=10"), wtd(wlabel(L["disclosed"]), 120, " colspan=2")] + vals("result.disclosed")))
    o.append(tr([wtd(wlabel(L["partial"]), 120, " colspan=2")] + vals("result.partial")))
    for i in range(8):
        first = [wtd(wlabel(L["g_withheld"]), 30, " rowspan=8")] if i == 0 else []
        o.append(tr(first + [wtd(wlabel(L["withheld"][i]), 90)] + vals(f"result.withheld.{i+1}")))
    n_second = (3 + 5 + (3 if exp["template"] == "2021" else 1) + 1)
    for i in range(3):
        first = [wtd(wlabel(L["group3"]), 30, f" rowspan={n_second}"), wtd(wlabel(L["g_unavailable"]), 30, " rowspan=3")] if i == 0 else []
        o.append(tr(first + [wtd(wlabel(L["unavailable"][i]), 90)] + vals(f"result.unavailable.{i+1}")))
    for i in range(5):
        first = [wtd(wlabel(L["g_not_processed"]), 30, " rowspan=5")] if i == 0 else []
        o.append(tr(first + [wtd(wlabel(L["not_processed"][i]), 90)] + vals(f"result.not_processed.{i+1}")))
    if exp["template"] == "2021":
        for i in range(3):
            first = [wtd(wlabel(L["g_other"]), 30, " rowspan=3")] if i == 0 else []
            o.append(tr(first + [wtd(wlabel(L["other"][i]), 90)] + vals(f"result.other.{i+1}")))
    else:
        o.append(tr([wtd(wlabel(L["g_other"]), 120, " colspan=2")] + vals("result.other")))
    o.append(tr([wtd(wlabel(L["total"]), 120, " colspan=2")] + vals("result.total")))
    o.append(tr([wtd(wlabel(L["carried_out"]), 150, " colspan=3")] + vals("carried_out"), last=True))
    o.append("</table>")

    # ---- section 四 (结果纠正 split one character per paragraph; trailing row of empty cells)
    cnt[0] = 0
    o.append(h(L["h4"]))
    o.append(T)
    o.append(tr([wtd(wlabel(L["s4_review"]), 150, " colspan=5"), wtd(wlabel(L["s4_lit"]), 300, " colspan=10")]))
    rc = list(L["s4_review_cols"])
    if not sid.startswith("001_"):
        rc[1] = "结<br>果<br>纠<br>正"
    o.append(tr([wtd(wlabel(x), 30, " rowspan=2") for x in rc] + [wtd(wlabel(L["s4_direct"]), 150, " colspan=5"), wtd(wlabel(L["s4_after"]), 150, " colspan=5")]))
    o.append(tr([wtd(wlabel(x), 30) for x in L["s4_direct_cols"] + L["s4_after_cols"]]))
    o.append(tr([wtd(v(rl[g][k], f"rl.{g}.{k}"), 30) for g in ("review", "litigation_direct", "litigation_after_review") for k in RLK]))
    empty = wcell_p("")
    o.append(tr([wtd(empty, 30) for _ in range(15)], last=True))
    o.append("</table>")
    return "\n".join(o)


def wpara(l, center=False, right=False, bold=False, size="16.0pt", font="仿宋_GB2312"):
    al = "align=center style='text-align:center;" if center else ("align=right style='text-align:right;" if right else "style='text-indent:32.0pt;mso-char-indent-count:2.0;")
    t = html.escape(l, quote=False)
    # ASCII digit runs get their own lang=EN-US spans, as Word writes them
    t = re.sub(r"([0-9][0-9.%:@\-]*)", lambda m: f"</span><span lang=EN-US style='font-size:{size};font-family:{font}'>{m.group(1)}</span><span style='font-size:{size};font-family:{font}'>", t)
    inner = f"<span style='font-size:{size};font-family:{font}'>{t}</span>"
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class=MsoNormal {al}line-height:28.0pt;mso-line-height-rule:exactly'>{inner}<span lang=EN-US style='font-size:{size};font-family:{font}'><o:p></o:p></span></p>"


def word_page(sid, meta, charset):
    exp, head, tail = load(sid)
    L = labels(sid)
    title = "\n".join(wpara(t, center=True, bold=True, size="22.0pt", font="方正小标宋简体") for t in meta.get("title_lines", []))
    head_html = "\n".join(wpara(l) for l in head if l not in meta.get("skip_head", []))
    tail_html = "\n".join(wpara(l) for l in tail if l not in meta.get("sign", []))
    sign_html = "\n".join(wpara(l, right=True) for l in meta.get("sign", []))
    meta_charset = f'<meta charset="{charset}">\n' if charset != "utf-8" else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
{meta_charset}<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{meta['page_title']}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>5</o:Pages>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
 @font-face
	{{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-style-parent:"";}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

{title}
{head_html}
{word_tables(sid, exp, L, meta.get('split', set()))}
{tail_html}
{sign_html}

</div>

</body>

</html>
"""


# ============================================================================ per-sample settings ================
META = {
    "000_97c0cbec448c6c98": {
        "page_title": "2022年政府信息公开工作年度报告", "title_html": "2022年政府信息公开工作年度报告",
        "info": {"index": "&nbsp;", "body": "&nbsp;", "date": "&nbsp;"},
        "title_lines": [], "sign": [],
        "split": {"ad.normative_documents.in_force"},  # 10 -> <span>1</span><span>0</span>
    },
    "001_d51677336c3a457a": {
        "page_title": "2022年政府信息公開工作年度報告",
        "title_html": "石家莊市人民政府辦公室<br />2022年政府信息公開工作年度報告",
        "info": {"index": "&nbsp;", "body": "石家莊市人民政府辦公室", "date": "&nbsp;"},
        "skip_head": ["石家莊市人民政府辦公室", "2022年政府信息公開工作年度報告"],
        "title_lines": ["石家莊市人民政府辦公室", "2022年政府信息公開工作年度報告"], "sign": [],
        "split": {"app.new.natural", "app.result.unavailable.1.total", "rl.review.total"},
    },
    "002_1dc63dd6a21548ca": {
        "page_title": "天津市静海区人民政府办公室2019年政府信息公开工作年度报告",
        "title_html": "天津市静海区人民政府办公室<br />2019年政府信息公开工作年度报告",
        "info": {"index": "&nbsp;", "body": "天津市静海区人民政府办公室", "date": "&nbsp;"},
        "skip_head": ["天津市静海区人民政府办公室", "2019年政府信息公开工作年度报告"],
        "title_lines": ["天津市静海区人民政府办公室", "2019年政府信息公开工作年度报告"], "sign": [],
        "split": set(),
    },
    "004_389509ebf14147a7": {
        "page_title": "2023年政府信息公开工作年度报告", "title_html": "2023年政府信息公开工作年度报告",
        "info": {"index": "&nbsp;", "body": "安泰街道办事处", "date": "2024-01-04"},
        "title_lines": [], "sign": ["安泰街道办事处", "2024年1月4日"], "skip_tail": ["扫一扫在手机上查看当前页面"],
        "split": set(),
    },
}


def main(ids):
    os.makedirs(OUT, exist_ok=True)
    for sid in ids:
        meta = META[sid]
        short = sid[:3]
        page = cms_page(sid, meta)
        if "skip_tail" in meta:  # the page footer already carries it
            for s in meta["skip_tail"]:
                page = page.replace(para(s) + "\n", "")
        open(os.path.join(OUT, f"{short}.cms.html"), "w", encoding="utf-8").write(page)
        enc = "gb2312" if short == "002" else "utf-8"
        w = word_page(sid, meta, enc)
        for s in meta.get("skip_tail", []):
            w = w.replace(wpara(s) + "\n", "")
        with open(os.path.join(OUT, f"{short}.word.html"), "wb") as f:
            f.write(w.encode("gb18030") if enc != "utf-8" else w.encode("utf-8"))
        print("wrote", short)


if __name__ == "__main__":
    main(sys.argv[1:] or ["000_97c0cbec448c6c98", "002_1dc63dd6a21548ca", "004_389509ebf14147a7", "001_d51677336c3a457a"])
