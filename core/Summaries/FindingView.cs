using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Summaries;

/// <summary>A finding as the API gives it, with its review.</summary>
/// <param name="Place">Where the finding points, in the template's own words (第三部分 · （一）予以公开 · 自然人); <c>Row</c> and <c>Column</c> keep our keys, for scripts.</param>
public sealed record FindingView(
    string Id, string Rule, string Severity, int? Section, string? Row, string? Column, string? Expected, string? Actual,
    string Message, string MessageEn, IReadOnlyList<string> Cells, FindingReview? Review, string Place = "")
{
    public static FindingView From(StoredFinding stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var f = stored.Finding;
        return new(f.Id, f.RuleId, EnumNames.Name(f.Severity), f.Section, f.Row, f.Column, f.Expected, f.Actual,
            f.MessageZh, f.MessageEn, (f.Cells ?? []).Select(c => c.ToString()).ToArray(), stored.Review, Validation.Rules.Labels.Place(f));
    }
}
