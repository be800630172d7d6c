namespace ReportAudit.Core.Storage;

/// <summary>A report published late or on an impossible date, listed in the summary.</summary>
public sealed record DateIssue(string Id, string? Body, int? Year, DateOnly? PublishedOn, DateOnly? Deadline, DateStatus DateStatus);
