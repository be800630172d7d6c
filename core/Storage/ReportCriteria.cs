using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>Which reports to read: the filters the <c>Reports</c> table can apply itself (null: any).</summary>
public sealed record ReportCriteria
{
    public int? Year { get; init; }

    public string? Region { get; init; }

    /// <summary>The body as given; storage compares its <see cref="Validation.BodyKey"/>.</summary>
    public string? Body { get; init; }

    public ReportStatus? Status { get; init; }

    public Verdict? Verdict { get; init; }

    /// <summary>Reports with at least one finding of this severity.</summary>
    public Severity? Severity { get; init; }
}
