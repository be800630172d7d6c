namespace ReportAudit.Core.Collection;

/// <summary>A link found on a page: where it points (absolute) and what it says (its title attribute or its text).</summary>
public sealed record PageLink(Uri Url, string Text);
