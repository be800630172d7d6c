using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Digest;

namespace ReportAudit.Functions.Functions;

/// <summary>
/// Mondays (the <c>WeeklyDigestSchedule</c> app setting, read in UTC on Flex Consumption): the digest of
/// the week that just ended. The job sends each recipient their digest once per week, retries and
/// records failures per recipient, and a second trigger in the same week sends nothing new.
/// </summary>
public sealed class SendWeeklyDigest(WeeklyDigestJob job, ILogger<SendWeeklyDigest> logger)
{
    [Function(nameof(SendWeeklyDigest))]
    public async Task Run([TimerTrigger("%WeeklyDigestSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var result = await job.RunAsync(job.LastCompletedWeek(), cancellationToken);
        logger.LogInformation(
            "Weekly digest {Week}: {Recipients} recipients, {Sent} sent, {Skipped} skipped, {Failed} failed (past due {PastDue})",
            result.Week.ToString(), result.Recipients, result.Sent, result.Skipped, result.Failed.Count, timer.IsPastDue);
    }
}
