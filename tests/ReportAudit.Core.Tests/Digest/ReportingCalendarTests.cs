using ReportAudit.Core.Digest;

namespace ReportAudit.Core.Tests.Digest;

public sealed class ReportingCalendarTests
{
    [Theory]
    [InlineData(2026, 11, 25, 2025, -298)]
    [InlineData(2027, 1, 4, 2026, 27)]
    [InlineData(2027, 1, 31, 2026, 0)]
    [InlineData(2027, 2, 1, 2026, -1)]
    [InlineData(2026, 1, 1, 2025, 30)]
    public void DaysLeft_Date_CountsToThe31JanuaryAfterTheReportingYear(int year, int month, int day, int reportingYear, int daysLeft)
    {
        var today = new DateOnly(year, month, day);

        Assert.Equal(reportingYear, ReportingCalendar.ReportingYear(today));
        Assert.Equal(new DateOnly(reportingYear + 1, 1, 31), ReportingCalendar.Deadline(reportingYear));
        Assert.Equal(daysLeft, ReportingCalendar.DaysLeft(today));
    }
}
