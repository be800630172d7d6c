namespace ReportAudit.Core.Model;

/// <summary>
/// The rows and columns of both templates with the canonical keys of <c>TEMPLATES.md</c>.
/// This is data: the parser matches labels against it and the rules iterate over it.
/// </summary>
public static class TemplateCatalog
{
    public static readonly IReadOnlyList<string> ApplicantColumns =
        ["natural", "commercial", "research", "public_interest", "legal_services", "other", "total"];

    /// <summary>The six applicant columns whose sum is the <c>total</c> column.</summary>
    public static readonly IReadOnlyList<string> ApplicantParts = ApplicantColumns.Take(6).ToArray();

    public static readonly IReadOnlyDictionary<string, string> ApplicantColumnLabels = new Dictionary<string, string>
    {
        ["natural"] = "自然人",
        ["commercial"] = "商业企业",
        ["research"] = "科研机构",
        ["public_interest"] = "社会公益组织",
        ["legal_services"] = "法律服务机构",
        ["other"] = "其他",
        ["total"] = "总计",
    };

    public static readonly IReadOnlyList<string> ReviewGroups = ["review", "litigation_direct", "litigation_after_review"];

    public static readonly IReadOnlyList<string> ReviewCells = ["upheld", "corrected", "other", "pending", "total"];

    public static readonly IReadOnlyDictionary<string, string> ReviewGroupLabels = new Dictionary<string, string>
    {
        ["review"] = "行政复议",
        ["litigation_direct"] = "行政诉讼（未经复议直接起诉）",
        ["litigation_after_review"] = "行政诉讼（复议后起诉）",
    };

    public static readonly IReadOnlyDictionary<string, string> ReviewCellLabels = new Dictionary<string, string>
    {
        ["upheld"] = "结果维持",
        ["corrected"] = "结果纠正",
        ["other"] = "其他结果",
        ["pending"] = "尚未审结",
        ["total"] = "总计",
    };

    private static TemplateRow App(string key, string label, params string[] phrases) =>
        new(key, label, phrases, ApplicantColumns);

    private static readonly TemplateRow[] ApplicationsHead =
    [
        App("new", "一、本年新收政府信息公开申请数量", "本年新收"),
        App("carried_in", "二、上年结转政府信息公开申请数量", "上年结转"),
        App("result.disclosed", "（一）予以公开", "予以公开"),
        App("result.partial", "（二）部分公开", "部分公开"),
        App("result.withheld.1", "1.属于国家秘密", "国家秘密"),
        App("result.withheld.2", "2.其他法律行政法规禁止公开", "禁止公开", "其他法律行政法规"),
        App("result.withheld.3", "3.危及“三安全一稳定”", "三安全一稳定", "危及"),
        App("result.withheld.4", "4.保护第三方合法权益", "第三方合法权益"),
        App("result.withheld.5", "5.属于三类内部事务信息", "内部事务"),
        App("result.withheld.6", "6.属于四类过程性信息", "过程性信息"),
        App("result.withheld.7", "7.属于行政执法案卷", "行政执法案卷"),
        App("result.withheld.8", "8.属于行政查询事项", "行政查询事项"),
        App("result.unavailable.1", "1.本机关不掌握相关政府信息", "不掌握", "本机关不"),
        App("result.unavailable.2", "2.没有现成信息需要另行制作", "另行制作", "没有现成信息"),
        App("result.unavailable.3", "3.补正后申请内容仍不明确", "仍不明确", "补正后申请"),
        App("result.not_processed.1", "1.信访举报投诉类申请", "信访举报投诉"),
        App("result.not_processed.2", "2.重复申请", "重复申请"),
        App("result.not_processed.3", "3.要求提供公开出版物", "公开出版物"),
        App("result.not_processed.4", "4.无正当理由大量反复申请", "大量反复申请"),
        App("result.not_processed.5", "5.要求行政机关确认或重新出具已获取信息", "重新出具", "要求行政机关确认"),
    ];

    private static readonly TemplateRow[] ApplicationsTail =
    [
        App("result.total", "（七）总计", "总计"),
        App("carried_out", "四、结转下年度继续办理", "结转下年度"),
    ];

    /// <summary>Section 三 rows of the 2021 template, in table order.</summary>
    public static readonly IReadOnlyList<TemplateRow> Applications2021 =
    [
        .. ApplicationsHead,
        App("result.other.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正", "申请人无正当理由"),
        App("result.other.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "缴纳费用", "收费通知", "申请人逾期未按"),
        new("result.other.3", "3.其他", ["3其他"], ApplicantColumns, ExactMatch: true, KeepOrdinal: true),
        .. ApplicationsTail,
    ];

    /// <summary>Section 三 rows of the 2019 template, in table order.</summary>
    public static readonly IReadOnlyList<TemplateRow> Applications2019 =
    [
        .. ApplicationsHead,
        App("result.other", "（六）其他处理", "其他处理"),
        .. ApplicationsTail,
    ];

    /// <summary>Section 二 rows of the 2021 template.</summary>
    public static readonly IReadOnlyList<TemplateRow> ActiveDisclosure2021 =
    [
        new("regulations", "规章", ["规章"], ["issued", "repealed", "in_force"], ExactMatch: true),
        new("normative_documents", "行政规范性文件", ["规范性文件"], ["issued", "repealed", "in_force"]),
        new("licensing", "行政许可", ["行政许可"], ["decisions"]),
        new("penalty", "行政处罚", ["行政处罚"], ["decisions"]),
        new("enforcement", "行政强制", ["行政强制"], ["decisions"]),
        new("fees", "行政事业性收费", ["行政事业性收费"], ["amount"]),
    ];

    /// <summary>Section 二 rows of the 2019 template.</summary>
    public static readonly IReadOnlyList<TemplateRow> ActiveDisclosure2019 =
    [
        new("regulations", "规章", ["规章"], ["made", "published", "total_published"], ExactMatch: true),
        new("normative_documents", "规范性文件", ["规范性文件"], ["made", "published", "total_published"]),
        new("licensing", "行政许可", ["行政许可"], ["previous_items", "change", "decisions"]),
        new("other_services", "其他对外管理服务事项", ["其他对外管理服务事项", "对外管理服务"], ["previous_items", "change", "decisions"]),
        new("penalty", "行政处罚", ["行政处罚"], ["previous_items", "change", "decisions"]),
        new("enforcement", "行政强制", ["行政强制"], ["previous_items", "change", "decisions"]),
        new("fees", "行政事业性收费", ["行政事业性收费"], ["previous_items", "change"]),
        new("procurement", "政府集中采购", ["政府集中采购", "集中采购"], ["items", "amount"]),
    ];

    public static readonly IReadOnlyDictionary<string, string> ActiveDisclosureColumnLabels = new Dictionary<string, string>
    {
        ["issued"] = "本年制发件数",
        ["repealed"] = "本年废止件数",
        ["in_force"] = "现行有效件数",
        ["decisions"] = "本年处理决定数量",
        ["amount"] = "金额",
        ["made"] = "本年新制作数量",
        ["published"] = "本年新公开数量",
        ["total_published"] = "对外公开总数量",
        ["previous_items"] = "上一年项目数量",
        ["change"] = "本年增/减",
        ["items"] = "采购项目数量",
    };

    public static IReadOnlyList<TemplateRow> ApplicationRows(TemplateVersion template) =>
        template == TemplateVersion.V2019 ? Applications2019 : Applications2021;

    public static IReadOnlyList<TemplateRow> ActiveDisclosureRows(TemplateVersion template) =>
        template == TemplateVersion.V2019 ? ActiveDisclosure2019 : ActiveDisclosure2021;

    /// <summary>The official label of an applications row key, for messages.</summary>
    public static string ApplicationRowLabel(string key) =>
        Applications2021.Concat(Applications2019).FirstOrDefault(r => r.Key == key)?.Label ?? key;

    /// <summary>The official label of a section 二 row key, for messages.</summary>
    public static string ActiveDisclosureRowLabel(string key) =>
        ActiveDisclosure2021.Concat(ActiveDisclosure2019).FirstOrDefault(r => r.Key == key)?.Label ?? key;
}
