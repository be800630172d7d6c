namespace ReportAudit.Core.Storage;

/// <summary>A digest recipient: an address, and the regions it covers (empty: every region).</summary>
public sealed record DigestSubscription(string Address, IReadOnlyList<string> Regions)
{
    public bool AllRegions => Regions.Count == 0;

    public bool Covers(string region) => AllRegions || Regions.Contains(region, StringComparer.OrdinalIgnoreCase);
}
