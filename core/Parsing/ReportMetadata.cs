using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing;

/// <summary>What the report says about itself: who, which year, when published, and where each was found.</summary>
internal sealed record ReportMetadata(
    string? Title,
    string? Body,
    BodySource? BodySource,
    int? TitleYear,
    int? NarrativeYear,
    DateOnly? PublishedOn,
    PublishedSource? PublishedOnSource);
