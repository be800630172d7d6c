namespace ReportAudit.Core.Model;

/// <summary>The State Council template a report's tables follow.</summary>
public enum TemplateVersion
{
    /// <summary>No statistics tables recognised (e.g. a pre-2019 format or an unparseable file).</summary>
    Unknown = 0,

    /// <summary>The 2019 template (第二十条第（九）项 政府集中采购, 本年新制作 / 本年新公开 / 对外公开总数量).</summary>
    V2019 = 2019,

    /// <summary>The 2021 template (国办公开办函〔2021〕30号: 本年制发件数 / 本年废止件数 / 现行有效件数).</summary>
    V2021 = 2021,
}
