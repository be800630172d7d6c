using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Local.Jobs;

/// <summary>
/// Runs the sweep every <c>Reconcile:Interval</c> (default 10 s): blobs dropped without an event (by other tools,
/// or whose event was lost) get one, and the queue trigger processes them.
/// </summary>
public sealed class SweepScheduler(ReportSweep sweep, IConfiguration configuration, TimeProvider time, ILogger<SweepScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.TryParse(configuration["Reconcile:Interval"], System.Globalization.CultureInfo.InvariantCulture, out var configured) ? configured : TimeSpan.FromSeconds(10);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sweep.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sweep failed; the next run tries again");
            }
        }
    }
}
