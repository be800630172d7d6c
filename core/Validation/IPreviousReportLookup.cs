namespace ReportAudit.Core.Validation;

/// <summary>Finds the same body's figures for a given year (an in-memory implementation for tests and the CLI; Table Storage in the app).</summary>
public interface IPreviousReportLookup
{
    Task<PreviousYearFigures?> FindAsync(string bodyKey, int year, CancellationToken cancellationToken = default);
}
