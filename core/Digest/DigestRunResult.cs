using ReportAudit.Core.Storage;
namespace ReportAudit.Core.Digest;

/// <summary>What one run of the weekly digest did: sent, skipped because already sent (or being sent), failed.</summary>
public sealed record DigestRunResult(IsoWeek Week, int Recipients, int Sent, int Skipped, IReadOnlyList<string> Failed);
