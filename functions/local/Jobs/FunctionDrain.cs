using Microsoft.Extensions.Hosting;

namespace ReportAudit.Local.Jobs;

/// <summary>
/// Stopped after the WebJobs host (registered before it, so stopped after it): waits for the functions still running
/// (<see cref="RunningFunctions"/>), then a moment for the host to log their completion, so that the runner never
/// disposes its services under a running function.
/// </summary>
public sealed class FunctionDrain(RunningFunctions running) : IHostedService
{
    /// <summary>How long a stop waits for running functions (they get the host's cancellation, so they end soon).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The host logs a function's completion after the function returns.</summary>
    private static readonly TimeSpan AfterLastFunction = TimeSpan.FromMilliseconds(250);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await running.WaitIdleAsync(Timeout, cancellationToken).ConfigureAwait(false);
        await Task.Delay(AfterLastFunction, CancellationToken.None).ConfigureAwait(false);
    }
}
