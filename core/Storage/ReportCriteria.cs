namespace ReportAudit.Core.Storage;

/// <summary>Which reports to read: the filters the <c>Reports</c> table can apply itself (null: any).</summary>
public sealed record ReportCriteria
{
    public int? Year { get; init; }

    public string? Region { get; init; }

    /// <summary>The body as given; storage compares its <see cref="Validation.BodyKey"/>.</summary>
    public string? Body { get; init; }

    public string? Status { get; init; }

    public string? Verdict { get; init; }

    /// <summary>error, warning or notice: reports with at least one finding of that severity.</summary>
    public string? Severity { get; init; }
}
