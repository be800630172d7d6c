using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Digest;

namespace ReportAudit.Local.Jobs;

/// <summary>
/// Runs the weekly digest on the <c>WeeklyDigestSchedule</c> NCRONTAB (six fields, with seconds) read in
/// the <c>Digest:TimeZone</c> time zone, as the timer function does in Azure (where it is read in UTC).
/// An empty schedule turns it off. A failed run is logged; the next occurrence runs again.
/// </summary>
public sealed partial class DigestScheduler(
    WeeklyDigestJob job,
    IConfiguration configuration,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    public const string ScheduleSetting = "WeeklyDigestSchedule";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration[ScheduleSetting] is not { Length: > 0 } schedule)
        {
            Log.Disabled(logger);
            return;
        }

        var cron = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        var zone = options.Value.Zone();
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = cron.GetNextOccurrence(time.GetUtcNow(), zone);
            if (next is null)
            {
                return;
            }

            Log.Next(logger, next.Value, zone.Id);
            await Task.Delay(Max(next.Value - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken).ConfigureAwait(false);
            try
            {
                await job.RunAsync(job.LastCompletedWeek(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Log.RunFailed(logger, e);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Weekly digest: no WeeklyDigestSchedule, the scheduler is off")]
        public static partial void Disabled(ILogger logger);

        [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Weekly digest: next run at {Next} ({TimeZone})")]
        public static partial void Next(ILogger logger, DateTimeOffset next, string timeZone);

        [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Weekly digest run failed; the next scheduled run tries again")]
        public static partial void RunFailed(ILogger logger, Exception exception);
    }
}
