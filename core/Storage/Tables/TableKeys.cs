using System.Security.Cryptography;
using System.Text;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Table names and key rules. Keys may not hold '/', '\', '#', '?' or control characters, and are at
/// most 1 KiB: report ids are a hash of the blob path, finding ids are escaped.
/// </summary>
public static class TableKeys
{
    public const string Reports = "Reports";
    public const string Findings = "Findings";
    public const string BodyIndex = "BodyIndex";
    public const string Aggregates = "Aggregates";
    public const string Reviews = "Reviews";
    public const string DigestRuns = "DigestRuns";
    public const string Subscriptions = "Subscriptions";
    public const string CollectionLog = "CollectionLog";
    public const string Tracking = "Tracking";

    /// <summary>Every table the app uses: created locally by <see cref="StorageInitializer"/> (Bicep creates them in Azure).</summary>
    public static readonly IReadOnlyList<string> All = [Reports, Findings, BodyIndex, Aggregates, Reviews, DigestRuns, Subscriptions, CollectionLog, Tracking];

    /// <summary>
    /// The row key every report row had before reports were keyed by shard (partition = report id, row = this). Such rows
    /// are still read, and moved to their new keys when met (see <see cref="TableReportRepository"/>).
    /// </summary>
    public const string LegacyReportRow = "report";

    /// <summary>
    /// The partition of a report's row in <see cref="Reports"/>: the first two hex digits of its id, so 256 shards. Rows
    /// are (shard, id): a point read is unique on both keys (Azurite looks rows up by row key first, so a row key shared by
    /// every report made each lookup scan the table), and a partition holds many reports, so seeding and bulk moves can
    /// go in entity-group transactions of up to 100 rows.
    /// </summary>
    public static string ReportPartition(string reportId)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportId);
        return reportId.Length > 2 ? reportId[..2] : reportId;
    }

    /// <summary>
    /// The row key of a finding in <see cref="Findings"/> (partition = report id): the report id, '~', the escaped finding id.
    /// Unique in the table, so Azurite, which looks rows up by row key first, finds one row instead of every report's row
    /// of that finding (a finding id alone, such as a rule id, repeats across reports). The rows of a report keep the
    /// order of their finding ids. Rows keyed by the finding id alone (before this) are still read.
    /// </summary>
    public static string FindingRow(string reportId, string escapedFindingId) => reportId + "~" + escapedFindingId;

    /// <summary>The escaped finding id of a row of <see cref="Findings"/> (the key its review and tracking rows have).</summary>
    public static string FindingIdOf(string reportId, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        ArgumentNullException.ThrowIfNull(rowKey);
        return rowKey.Length > reportId.Length && rowKey[reportId.Length] == '~' && rowKey.StartsWith(reportId, StringComparison.Ordinal)
            ? rowKey[(reportId.Length + 1)..]
            : rowKey;
    }

    /// <summary>
    /// A stable id for an uploaded blob: the first 20 hex digits of SHA-256 of its exact name. Blob names
    /// are case- and slash-sensitive (<c>/x.txt</c> and <c>x.txt</c> are two blobs), so ids are too.
    /// </summary>
    public static string ReportId(string blobPath)
    {
        ArgumentNullException.ThrowIfNull(blobPath);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(blobPath));
        return Convert.ToHexStringLower(hash)[..20];
    }

    /// <summary>The region of a blob: its first folder (<c>hebei/x.txt</c> → <c>hebei</c>), or empty.</summary>
    public static string RegionOf(string blobPath)
    {
        ArgumentNullException.ThrowIfNull(blobPath);
        var path = blobPath.Trim('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? path[..slash] : string.Empty;
    }

    /// <summary>Escapes a value for use as a key: forbidden characters become <c>%XX</c>.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static string Year(int? year) => year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
}
