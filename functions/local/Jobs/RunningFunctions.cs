namespace ReportAudit.Local.Jobs;

/// <summary>
/// The queue-triggered functions running now. The WebJobs queue listener can start a message it fetched just as the host
/// stops and return from its stop before that function ends; the host's logger factory is then disposed under it and the
/// function's completion log ends the process. <see cref="FunctionDrain"/> waits for this count to reach zero first.
/// </summary>
public sealed class RunningFunctions
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Counts one function in until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        Interlocked.Increment(ref _count);
        return new Scope(this);
    }

    /// <summary>Waits until no function runs, or the timeout passes.</summary>
    public async Task WaitIdleAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + timeout;
        while (Count > 0 && DateTimeOffset.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public readonly struct Scope(RunningFunctions owner) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref owner._count);
    }
}
