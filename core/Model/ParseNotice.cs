namespace ReportAudit.Core.Model;

/// <summary>
/// Something the parser noticed while reading a report, pointing at the place:
/// the section (1 to 6, or null), the row key, and the source location.
/// </summary>
public sealed record ParseNotice(
    string Code,
    NoticeLevel Level,
    string MessageZh,
    string MessageEn,
    int? Section = null,
    string? Row = null,
    SourceLocation Location = default)
{
    public override string ToString()
    {
        var place = string.Join(", ", new[]
        {
            Section is { } s ? $"section {ReportSection.Numerals[s - 1]}" : null,
            Row is null ? null : $"row {Row}",
            Location.IsKnown ? Location.ToString() : null,
        }.Where(p => p is not null));
        return place.Length == 0 ? $"{MessageZh} ({MessageEn})" : $"{MessageZh} ({MessageEn}) [{place}]";
    }
}
