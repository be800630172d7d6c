using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Local.Jobs;

/// <summary>Runs the reconcile safety net every <c>Reconcile:Interval</c> (default 10 s): blobs the trigger skipped are processed.</summary>
public sealed class ReconcileScheduler(ReportMaintenance maintenance, IConfiguration configuration, TimeProvider time, ILogger<ReconcileScheduler> logger) : BackgroundService
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
                await maintenance.ReconcileAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reconcile run failed; the next run tries again");
            }
        }
    }
}
