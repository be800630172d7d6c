namespace ReportAudit.Core.Collection;

/// <summary>What a column (list) page holds: its item links and the other pages of the column.</summary>
public sealed record ListPage(IReadOnlyList<PageLink> Items, IReadOnlyList<Uri> OtherPages);
