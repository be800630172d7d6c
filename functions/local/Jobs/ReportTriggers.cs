using Microsoft.Azure.WebJobs;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Local.Jobs;

/// <summary>
/// The local runner's queue triggers, hosted by the WebJobs SDK (the trigger engine of the Functions host): the
/// same <c>report-events</c> queue, message shape and core entry point as the Functions app, fed by uploads and
/// by the sweep; the host's retries and poison queue as in Azure.
/// </summary>
public sealed class ReportTriggers(ReportEventProcessor events, RunningFunctions running)
{
    [FunctionName(nameof(ProcessUploadedReport))]
    public async Task ProcessUploadedReport(
        [QueueTrigger("%ReportEventsQueue%", Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken)
    {
        using var _ = running.Enter();
        await events.HandleAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After the host's retries the event lands in the poison queue: record the blob as failed, to be retried by command.</summary>
    [FunctionName(nameof(RecordPoisonReport))]
    public async Task RecordPoisonReport(
        [QueueTrigger("%ReportEventsQueue%-poison", Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken)
    {
        using var _ = running.Enter();
        await events.HandlePoisonAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
