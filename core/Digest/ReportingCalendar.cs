namespace ReportAudit.Core.Digest;

/// <summary>
/// Which annual reports are due: on any date the reports for the year before are expected, by 31 January
/// of the current year (on 2026-11-25 the 2025 reports, due 2026-01-31, so 298 days overdue).
/// </summary>
public static class ReportingCalendar
{
    public static int ReportingYear(DateOnly today) => today.Year - 1;

    public static DateOnly Deadline(int reportingYear) => new(reportingYear + 1, 1, 31);

    /// <summary>Days from <paramref name="today"/> to the deadline: 0 on the day itself, negative when overdue.</summary>
    public static int DaysLeft(DateOnly today) => Deadline(ReportingYear(today)).DayNumber - today.DayNumber;
}
