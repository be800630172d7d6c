using ReportAudit.Core.Digest;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Tests.Digest;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W47", 2026, 47)]
    [InlineData("2026-w01", 2026, 1)]
    [InlineData("2020W53", 2020, 53)]
    [InlineData("2026-W53", 2026, 53)]
    [InlineData(" 2026-W9 ", 2026, 9)]
    public void TryParse_IsoWeek_ReadsYearAndWeek(string text, int year, int week)
    {
        var ok = IsoWeek.TryParse(text, out var parsed);

        Assert.True(ok);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(week, parsed.Week);
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2021-W53")] // 2021 has 52 weeks; 2020 and 2026 (1 January a Thursday) have 53
    [InlineData("2026-W00")]
    [InlineData("2026-47")]
    [InlineData("26-W47")]
    [InlineData("2026-W-1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAWeek_ReturnsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NotAWeek_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => IsoWeek.Parse("next week"));
    }

    [Fact]
    public void MondayAndSunday_2026W47_AreNovember16And22()
    {
        var week = IsoWeek.Parse("2026-W47");

        Assert.Equal(new DateOnly(2026, 11, 16), week.Monday);
        Assert.Equal(new DateOnly(2026, 11, 22), week.Sunday);
        Assert.Equal("2026-W47", week.ToString());
    }

    [Theory]
    [InlineData(2026, 11, 25, "2026-W48")]
    [InlineData(2026, 11, 22, "2026-W47")]
    [InlineData(2020, 12, 31, "2020-W53")]
    [InlineData(2021, 1, 3, "2020-W53")]
    [InlineData(2021, 1, 4, "2021-W01")]
    [InlineData(2024, 12, 30, "2025-W01")]
    public void Of_Date_IsTheIsoWeekAcrossYearBoundaries(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IsoWeek.Of(new DateOnly(year, month, day)).ToString());
    }

    [Theory]
    [InlineData("2026-W01", "2025-W52")]
    [InlineData("2021-W01", "2020-W53")]
    [InlineData("2026-W48", "2026-W47")]
    public void Previous_Week_IsTheWeekBefore(string week, string expected)
    {
        Assert.Equal(expected, IsoWeek.Parse(week).Previous.ToString());
    }

    [Fact]
    public void Of_InstantNearMidnight_UsesTheLocalDateOfTheZone()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var sundayEveningUtc = new DateTimeOffset(2026, 11, 22, 16, 30, 0, TimeSpan.Zero); // Monday 00:30 in Shanghai

        var week = IsoWeek.Of(sundayEveningUtc, shanghai);

        Assert.Equal("2026-W48", week.ToString());
    }

    [Fact]
    public void CompareTo_AcrossYears_OrdersByYearThenWeek()
    {
        Assert.True(IsoWeek.Parse("2025-W52") < IsoWeek.Parse("2026-W01"));
        Assert.True(IsoWeek.Parse("2026-W02") > IsoWeek.Parse("2026-W01"));
    }
}
