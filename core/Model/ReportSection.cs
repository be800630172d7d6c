namespace ReportAudit.Core.Model;

/// <summary>One of the six fixed sections (一 to 六) of an annual report.</summary>
/// <param name="Number">1 to 6.</param>
/// <param name="Heading">The heading as written.</param>
/// <param name="Text">The section's text (for table sections, the text around and inside the table).</param>
/// <param name="Location">Where the heading is.</param>
public sealed record ReportSection(int Number, string Heading, string Text, SourceLocation Location)
{
    public static readonly IReadOnlyList<string> Numerals = ["一", "二", "三", "四", "五", "六"];

    public string Numeral => Numerals[Number - 1];
}
