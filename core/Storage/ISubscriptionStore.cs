namespace ReportAudit.Core.Storage;

/// <summary>The <c>Subscriptions</c> table: addresses that asked for the digest, optionally for some regions only.</summary>
public interface ISubscriptionStore
{
    Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default);

    Task UpsertAsync(DigestSubscription subscription, CancellationToken cancellationToken = default);

    Task DeleteAsync(string address, CancellationToken cancellationToken = default);
}
