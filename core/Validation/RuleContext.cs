using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>What a rule sees (the report, last year's figures, the options) and where it puts what it finds.</summary>
public sealed class RuleContext(AnnualReport report, PreviousYearFigures? previous, ValidationOptions options)
{
    private readonly List<Finding> _findings = [];
    private readonly string?[] _normalizedSections = new string?[7];

    public AnnualReport Report { get; } = report;

    public PreviousYearFigures? Previous { get; } = previous;

    public ValidationOptions Options { get; } = options;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Why the current rule could not assess the report, or null.</summary>
    public string? NotAssessableReason { get; private set; }

    public void Add(Finding finding) => _findings.Add(finding);

    public void NotAssessable(string reason) => NotAssessableReason = reason;

    internal void StartRule() => NotAssessableReason = null;

    /// <summary>
    /// A section's text in the form the narrative rules read it: simplified, half-width, without spaces,
    /// one line per paragraph (computed once per report). Null when the section is missing.
    /// </summary>
    public string? NormalizedSectionText(int number)
    {
        if (number is < 1 or > 6)
        {
            return null;
        }

        if (_normalizedSections[number] is { } cached)
        {
            return cached;
        }

        if (Report.Section(number) is not { } section)
        {
            return null;
        }

        var lines = section.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Parsing.Normalization.ChineseText.Normalize(lines[i]);
        }

        return _normalizedSections[number] = string.Join('\n', lines);
    }
}
