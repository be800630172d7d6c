using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>
/// One thing a rule found wrong in a report, pointing at the place (section, row key, column key,
/// and the source locations of the cells involved) with the numbers that disagree.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string MessageZh,
    string MessageEn,
    int? Section = null,
    string? Row = null,
    string? Column = null,
    string? Expected = null,
    string? Actual = null,
    IReadOnlyList<SourceLocation>? Cells = null)
{
    /// <summary>A stable id within the report: the rule and the place, so a supervisor's review survives reprocessing.</summary>
    public string Id => string.Join(':', new[] { RuleId, Section?.ToString(System.Globalization.CultureInfo.InvariantCulture), Row, Column }.Where(p => p is not null));
}
