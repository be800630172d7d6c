using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Digest;

/// <summary>A report the digest names: a failed one (with its worst findings) or one with a late or impossible date.</summary>
public sealed record DigestReportEntry(
    string ReportId,
    string Body,
    string Region,
    int? Year,
    int Errors,
    int Warnings,
    DateOnly? PublishedOn,
    DateOnly? Deadline,
    DateStatus DateStatus,
    Uri? Link,
    IReadOnlyList<Finding> WorstFindings);
