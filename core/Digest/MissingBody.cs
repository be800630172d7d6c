namespace ReportAudit.Core.Digest;

/// <summary>A body on the roster without a report for the reporting year, with its own deadline (条例 第四十九条) and the days left to it.</summary>
public sealed record MissingBody(string Body, string Region, string Kind, DateOnly Deadline, int DaysLeft, string Reason);
