namespace ReportAudit.Core.Storage;

/// <summary>The parsed model as JSON in a blob (<c>parsed/{id}.json</c>): too large for a table property.</summary>
public interface IParsedReportStore
{
    Task SaveAsync(string id, string json, CancellationToken cancellationToken = default);

    Task<string?> GetAsync(string id, CancellationToken cancellationToken = default);
}
