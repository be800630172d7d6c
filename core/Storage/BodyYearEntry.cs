using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>One body's report for one year, in the <c>BodyIndex</c> table (partition = body key, row = year).</summary>
public sealed record BodyYearEntry(string BodyKey, int Year, string ReportId, string? Body, string Region, Verdict Verdict, PreviousYearFigures? Figures, KeyFigures KeyFigures);
