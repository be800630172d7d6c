namespace ReportAudit.Core.Parsing.Readers;

/// <summary>A run of words on a PDF line that forms one table cell; its text grows when wrapped label lines are joined.</summary>
internal sealed class PdfCell(string text, double left, double right)
{
    public string Text { get; set; } = text;

    public double Left { get; set; } = left;

    public double Right { get; set; } = right;

    public double Centre => (Left + Right) / 2;
}
