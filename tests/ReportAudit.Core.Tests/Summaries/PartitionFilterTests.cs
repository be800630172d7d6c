using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class PartitionFilterTests
{
    [Fact]
    public void HexRanges_CoverEveryFirstHexDigitOnce_InKeyOrder()
    {
        var ranges = PartitionFilter.HexRanges(null).ToList();

        Assert.Equal(16, ranges.Count);
        Assert.Equal("PartitionKey lt '1'", ranges[0]);
        Assert.Equal("PartitionKey ge '9' and PartitionKey lt 'a'", ranges[9]);
        Assert.Equal("PartitionKey ge 'f'", ranges[15]);
        foreach (var key in new[] { "00", "0f3a9c", "9", "9ffff", "a0", "ab12cd34ef56ab12cd34", "ff" })
        {
            Assert.Single(ranges, range => Holds(range, key));
        }
    }

    [Fact]
    public void HexRanges_WithAFilter_AndTheFilterInParentheses()
    {
        var ranges = PartitionFilter.HexRanges("Year eq 2023 or Year eq 2024").ToList();

        Assert.Equal("PartitionKey ge 'c' and PartitionKey lt 'd' and (Year eq 2023 or Year eq 2024)", ranges[12]);
        Assert.All(ranges, range => Assert.EndsWith(" and (Year eq 2023 or Year eq 2024)", range, StringComparison.Ordinal));
    }

    /// <summary>Evaluates a range filter of the two forms <see cref="PartitionFilter.HexRanges"/> writes, as Table storage compares keys (ordinal).</summary>
    private static bool Holds(string range, string key) => range.Split(" and ").All(clause =>
    {
        var parts = clause.Split(' ');
        var bound = parts[2].Trim('\'');
        return parts[1] == "lt" ? string.CompareOrdinal(key, bound) < 0 : string.CompareOrdinal(key, bound) >= 0;
    });
}
