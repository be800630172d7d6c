namespace ReportAudit.IntegrationTests;

/// <summary>The pipeline works asynchronously (queue trigger, sweep): tests poll for what they wait for.</summary>
internal static class Poll
{
    /// <summary>Calls <paramref name="read"/> every 250 ms until it gives a value, for up to 30 s; null if it never does.</summary>
    public static Task<T?> UntilAsync<T>(Func<Task<T?>> read)
        where T : class => UntilAsync(read, TimeSpan.FromSeconds(30));

    /// <summary>Calls <paramref name="read"/> every 250 ms until it gives a value, for up to <paramref name="timeout"/>; null if it never does.</summary>
    public static async Task<T?> UntilAsync<T>(Func<Task<T?>> read, TimeSpan timeout)
        where T : class
    {
        for (var i = 0; i < timeout.TotalMilliseconds / 250; i++)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(250);
        }

        return null;
    }
}
