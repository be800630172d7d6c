using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>
/// What the cross-year rules need from the same body's report for the year before: the applications
/// carried over (per applicant column) and the 规章 / 规范性文件 in force. Small on purpose, so that
/// storage can keep it in one table row and find it in one point query.
/// </summary>
public sealed record PreviousYearFigures(
    string BodyKey,
    int Year,
    string ReportId,
    IReadOnlyDictionary<string, decimal?> CarriedOut,
    decimal? RegulationsInForce,
    decimal? NormativeDocumentsInForce)
{
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
            report.ActiveDisclosure["normative_documents", inForce]?.Number);
    }
}
