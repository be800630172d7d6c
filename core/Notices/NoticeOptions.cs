namespace ReportAudit.Core.Notices;

/// <summary>Settings of the 整改通知 (options section <c>Notices:</c>; see docs/configuration.md).</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>The office that issues the notice and receives the reply, as it signs (<c>Notices:IssuingOffice</c>).</summary>
    public string IssuingOffice { get; set; } = "政府信息公开工作主管部门";

    /// <summary>Days from the date of issue to the reply deadline (<c>Notices:ReplyDays</c>).</summary>
    public int ReplyDays { get; set; } = 15;

    /// <summary>Who to contact about the notice, printed under the reply request when set (<c>Notices:Contact</c>).</summary>
    public string? Contact { get; set; }

    /// <summary>A fixed date of issue (<c>Notices:IssuedOn</c>, <c>yyyy-MM-dd</c>) for a batch sent on a set day; today when unset.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The time zone the date of issue is reckoned in (<c>Notices:TimeZone</c>): the bodies' own, China Standard Time.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
