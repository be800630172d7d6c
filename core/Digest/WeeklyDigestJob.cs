using ReportAudit.Core.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Digest;

/// <summary>
/// The weekly digest, the one entry point the timer function, the local scheduler and the command line
/// call. Each recipient gets the week's digest for their regions exactly once: a <see cref="DigestRun"/>
/// per week and address is claimed before sending (so a second trigger in the same week sends nothing),
/// a failed send is retried with back-off and recorded, and a later run serves whoever was not served.
/// A failure for one recipient is recorded and logged; it never stops the run.
/// </summary>
public sealed partial class WeeklyDigestJob(
    DigestDataSource source,
    ISubscriptionStore subscriptions,
    IDigestRunStore runs,
    IEmailSender sender,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<WeeklyDigestJob> logger)
{
    private const int MaxErrorLength = 1000;

    /// <summary>The week a digest made now covers: the last complete ISO week in the digest time zone (on a Monday, the week that just ended).</summary>
    public IsoWeek LastCompletedWeek() => IsoWeek.Of(time.GetUtcNow(), options.Value.Zone()).Previous;

    public Task<DigestRunResult> RunAsync(IsoWeek week, CancellationToken cancellationToken = default) =>
        RunAsync(week, region: null, cancellationToken);

    /// <summary>Sends the week's digest to every recipient not served yet (with <paramref name="region"/>: only to those whose digest covers it).</summary>
    public async Task<DigestRunResult> RunAsync(IsoWeek week, string? region, CancellationToken cancellationToken = default)
    {
        var recipients = await RecipientsAsync(cancellationToken).ConfigureAwait(false);
        if (region is { Length: > 0 })
        {
            recipients = recipients.Where(r => r.Covers(region)).ToList();
        }

        var sent = (await runs.ListAsync(week, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status == DigestRunStatus.Sent)
            .Select(r => r.Address)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pending = recipients.Where(r => !sent.Contains(r.Address)).ToList();
        Log.Starting(logger, week.ToString(), recipients.Count, pending.Count);
        if (pending.Count == 0)
        {
            return new DigestRunResult(week, recipients.Count, 0, recipients.Count, []);
        }

        var snapshot = await source.LoadAsync(week, cancellationToken).ConfigureAwait(false);
        int delivered = 0, skipped = recipients.Count - pending.Count;
        var failed = new List<string>();
        foreach (var recipient in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                switch (await ServeAsync(week, recipient, snapshot, cancellationToken).ConfigureAwait(false))
                {
                    case Delivery.Sent: delivered++; break;
                    case Delivery.Skipped: skipped++; break;
                    default: failed.Add(recipient.Address); break;
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Storage trouble while recording: this recipient stays unserved for the next run.
                Log.RecipientFailed(logger, e, week.ToString());
                failed.Add(recipient.Address);
            }
        }

        Log.Finished(logger, week.ToString(), delivered, skipped, failed.Count);
        return new DigestRunResult(week, recipients.Count, delivered, skipped, failed);
    }

    /// <summary>The digest a recipient of <paramref name="region"/> (null: all regions) would get for the week.</summary>
    public async Task<DigestMessage> PreviewAsync(IsoWeek week, string? region, CancellationToken cancellationToken = default)
    {
        var snapshot = await source.LoadAsync(week, cancellationToken).ConfigureAwait(false);
        return DigestComposer.Compose(snapshot.For(region is { Length: > 0 } ? [region] : []));
    }

    /// <summary>The configured recipients (all regions) and the subscribers, one entry per address, regions merged.</summary>
    public async Task<IReadOnlyList<DigestSubscription>> RecipientsAsync(CancellationToken cancellationToken = default)
    {
        var merged = new Dictionary<string, (string Address, HashSet<string>? Regions)>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in options.Value.RecipientList())
        {
            merged[address] = (address, null);
        }

        foreach (var subscription in await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var address = subscription.Address.Trim();
            if (merged.TryGetValue(address, out var existing))
            {
                if (existing.Regions is not null && !subscription.AllRegions)
                {
                    existing.Regions.UnionWith(subscription.Regions);
                }
                else
                {
                    merged[address] = (existing.Address, null);
                }
            }
            else
            {
                merged[address] = (address, subscription.AllRegions ? null : subscription.Regions.ToHashSet(StringComparer.OrdinalIgnoreCase));
            }
        }

        return merged.Values
            .Select(m => new DigestSubscription(m.Address, m.Regions?.Order(StringComparer.Ordinal).ToList() ?? []))
            .OrderBy(s => s.Address, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private async Task<Delivery> ServeAsync(IsoWeek week, DigestSubscription recipient, DigestSnapshot snapshot, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var existing = await runs.GetAsync(week, recipient.Address, cancellationToken).ConfigureAwait(false);
        if (existing?.Status == DigestRunStatus.Sent
            || (existing?.Status == DigestRunStatus.Sending && time.GetUtcNow() - existing.UpdatedAt < settings.SendingLease))
        {
            Log.AlreadyHandled(logger, week.ToString(), EnumNames.Name(existing.Status));
            return Delivery.Skipped;
        }

        var run = await runs.TrySaveAsync(
            (existing ?? new DigestRun { Week = week, Address = recipient.Address, Status = DigestRunStatus.Sending }) with
            {
                Status = DigestRunStatus.Sending,
                UpdatedAt = time.GetUtcNow(),
            },
            cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            Log.AlreadyHandled(logger, week.ToString(), EnumNames.Name(DigestRunStatus.Sending));
            return Delivery.Skipped;
        }

        var digest = DigestComposer.Compose(snapshot.For(recipient.Regions));
        var message = new EmailMessage(recipient.Address, digest.Subject, digest.Html, digest.Text);
        var maxAttempts = Math.Max(1, settings.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var last = attempt >= maxAttempts;
                run = await runs.TrySaveAsync(
                    run with
                    {
                        Status = last ? DigestRunStatus.Failed : DigestRunStatus.Sending,
                        Attempts = run.Attempts + 1,
                        LastError = Describe(e),
                        UpdatedAt = time.GetUtcNow(),
                    },
                    cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The digest run of {week} was changed by another run while this one held it.");
                Log.SendFailed(logger, week.ToString(), attempt, maxAttempts, e.GetType().Name, e.Message);
                if (last)
                {
                    return Delivery.Failed;
                }

                await Task.Delay(settings.RetryDelay * Math.Pow(2, attempt - 1), time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var now = time.GetUtcNow();
            var saved = await runs.TrySaveAsync(
                run with { Status = DigestRunStatus.Sent, Attempts = run.Attempts + 1, LastError = null, SentAt = now, UpdatedAt = now },
                cancellationToken).ConfigureAwait(false);
            if (saved is null)
            {
                Log.SentButNotRecorded(logger, week.ToString());
            }

            Log.Sent(logger, week.ToString(), attempt, recipient.Regions.Count == 0 ? "*" : string.Join(',', recipient.Regions));
            return Delivery.Sent;
        }
    }

    private static string Describe(Exception e)
    {
        var text = e.GetType().Name + ": " + e.Message;
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    private enum Delivery
    {
        Sent,
        Skipped,
        Failed,
    }

    // Addresses are personal data: the logs name the week and the outcome, the DigestRuns table names the address.
    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Digest {Week}: {Recipients} recipients, {Pending} not served yet")]
        public static partial void Starting(ILogger logger, string week, int recipients, int pending);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Digest {Week}: sent on attempt {Attempt} (regions {Regions})")]
        public static partial void Sent(ILogger logger, string week, int attempt, string regions);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Digest {Week}: attempt {Attempt} of {MaxAttempts} failed: {ErrorType}: {ErrorMessage}")]
        public static partial void SendFailed(ILogger logger, string week, int attempt, int maxAttempts, string errorType, string errorMessage);

        [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Digest {Week}: recipient skipped, already {Status}")]
        public static partial void AlreadyHandled(ILogger logger, string week, string status);

        [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Digest {Week}: a recipient could not be served; the next run tries again")]
        public static partial void RecipientFailed(ILogger logger, Exception exception, string week);

        [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Digest {Week}: sent, but the run record changed meanwhile and was not updated")]
        public static partial void SentButNotRecorded(ILogger logger, string week);

        [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Digest {Week} finished: {Sent} sent, {Skipped} skipped, {Failed} failed")]
        public static partial void Finished(ILogger logger, string week, int sent, int skipped, int failed);
    }
}
