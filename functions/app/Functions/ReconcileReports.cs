using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Functions.Functions;

/// <summary>Every 15 minutes: processes uploads whose trigger never fired (a lost Event Grid delivery), so nothing dropped stays unprocessed.</summary>
public sealed class ReconcileReports(ReportMaintenance maintenance)
{
    [Function(nameof(ReconcileReports))]
    public Task Run([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        maintenance.ReconcileAsync(cancellationToken);
}
