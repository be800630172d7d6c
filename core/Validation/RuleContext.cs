using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>What a rule sees (the report, last year's figures, the options) and where it puts what it finds.</summary>
public sealed class RuleContext(AnnualReport report, PreviousYearFigures? previous, ValidationOptions options)
{
    private readonly List<Finding> _findings = [];

    public AnnualReport Report { get; } = report;

    public PreviousYearFigures? Previous { get; } = previous;

    public ValidationOptions Options { get; } = options;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Why the current rule could not assess the report, or null.</summary>
    public string? NotAssessableReason { get; private set; }

    public void Add(Finding finding) => _findings.Add(finding);

    public void NotAssessable(string reason) => NotAssessableReason = reason;

    internal void StartRule() => NotAssessableReason = null;
}
