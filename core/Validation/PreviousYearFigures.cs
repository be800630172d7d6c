using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>
/// What the cross-year rules need from the same body's report for the year before: the applications
/// carried over (per applicant column), the 规章 / 规范性文件 in force, and the narrative of sections 一 and 五
/// (for <c>crossyear.copied-text</c>). Small on purpose, so that storage can keep it in one table row and find it in
/// one point query: each text is compacted and cut to <see cref="MaxTextLength"/> characters.
/// </summary>
/// <param name="SectionOneText">Section 一 (总体情况) of that report, compacted (<see cref="Rules.TextSimilarity.Compact"/>), or null.</param>
/// <param name="SectionFiveText">Section 五 (存在的主要问题及改进情况) of that report, compacted, or null.</param>
public sealed record PreviousYearFigures(
    string BodyKey,
    int Year,
    string ReportId,
    IReadOnlyDictionary<string, decimal?> CarriedOut,
    decimal? RegulationsInForce,
    decimal? NormativeDocumentsInForce,
    string? SectionOneText = null,
    string? SectionFiveText = null)
{
    /// <summary>
    /// The most characters of each section's text kept. Storage keeps these figures as JSON in one table property (at most
    /// 64 KiB, i.e. 32,768 UTF-16 characters), and JSON's default escaping writes a Chinese character as <c>\uXXXX</c>
    /// (6 characters): two texts of 2,000 characters stay under 25,000, with room for the figures.
    /// </summary>
    public const int MaxTextLength = 2000;

    /// <summary>The figures a later year's report will be compared with; null when the report has no body or year.</summary>
    public static PreviousYearFigures? From(AnnualReport report, string reportId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var key = Validation.BodyKey.Of(report.Body);
        if (key.Length == 0 || report.Year is not { } year || report.Applications.IsEmpty)
        {
            return null;
        }

        var carriedOut = TemplateCatalog.ApplicantColumns.ToDictionary(c => c, c => report.Applications["carried_out", c]?.Number);
        var inForce = report.Template == TemplateVersion.V2019 ? "total_published" : "in_force";
        return new PreviousYearFigures(
            key, year, reportId, carriedOut,
            report.ActiveDisclosure["regulations", inForce]?.Number,
            report.ActiveDisclosure["normative_documents", inForce]?.Number,
            TextOf(report, 1),
            TextOf(report, 5));
    }

    private static string? TextOf(AnnualReport report, int section) =>
        report.Section(section) is { } s && Rules.TextSimilarity.Compact(s.Text) is { Length: > 0 } text
            ? text.Length > MaxTextLength ? text[..MaxTextLength] : text
            : null;
}
