namespace ReportAudit.Core.Digest;

/// <summary>
/// Which annual reports are due: on any date, the reports for the year before (on 2026-11-25 the 2025
/// reports). Each body's own deadline comes from <see cref="Validation.DeadlinePolicy"/>.
/// </summary>
public static class ReportingCalendar
{
    public static int ReportingYear(DateOnly today) => today.Year - 1;
}
