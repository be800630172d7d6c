using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Collection;

namespace ReportAudit.Functions.Functions;

/// <summary>
/// Mondays at 02:00 UTC from January to April (the reporting season: reports are due by 31 January and corrected
/// after): every column collected before is queued again, so that new and changed reports come in (changed content
/// becomes a new version of the report; unchanged content is skipped by its hash).
/// </summary>
public sealed class RecollectReportColumns(CollectionService collection, ILogger<RecollectReportColumns> logger)
{
    [Function(nameof(RecollectReportColumns))]
    public async Task Run([TimerTrigger("0 0 2 * 1-4 1")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var queued = await collection.RecollectColumnsAsync(cancellationToken);
        logger.LogInformation("Re-collection: {Columns} columns queued", queued);
    }
}
