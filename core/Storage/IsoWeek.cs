using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReportAudit.Core.Storage;

/// <summary>
/// An ISO 8601 week, written <c>2026-W47</c>: weeks start on Monday, and week 1 is the week with the
/// year's first Thursday (so 2020-12-31 is in 2020-W53 and 2021-01-03 too).
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, ISOWeek.GetWeeksInYear(year));
        Year = year;
        Week = week;
    }

    /// <summary>The ISO week-numbering year, which differs from the calendar year around New Year.</summary>
    public int Year { get; }

    public int Week { get; }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public IsoWeek Previous => Of(Monday.AddDays(-7));

    public IsoWeek Next => Of(Monday.AddDays(7));

    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The week the local date of <paramref name="instant"/> in <paramref name="zone"/> falls in.</summary>
    public static IsoWeek Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
    }

    /// <summary>Parses <c>2026-W47</c> (also <c>2026-w47</c> and <c>2026W47</c>).</summary>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"“{text}” is not an ISO week such as 2026-W47");

    public static bool TryParse([NotNullWhen(true)] string? text, out IsoWeek week)
    {
        week = default;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim();
        var w = s.IndexOfAny(['W', 'w']);
        var yearPart = w > 0 ? s[..w].TrimEnd('-') : string.Empty;
        var weekPart = w > 0 ? s[(w + 1)..] : string.Empty;
        if (yearPart.Length != 4 || weekPart.Length is < 1 or > 2
            || !int.TryParse(yearPart, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(weekPart, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
