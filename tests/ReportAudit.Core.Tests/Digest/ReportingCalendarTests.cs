using ReportAudit.Core.Digest;

namespace ReportAudit.Core.Tests.Digest;

public sealed class ReportingCalendarTests
{
    [Theory]
    [InlineData(2026, 11, 25, 2025)]
    [InlineData(2027, 1, 4, 2026)]
    [InlineData(2026, 1, 1, 2025)]
    public void ReportingYear_Date_IsTheYearBefore(int year, int month, int day, int reportingYear) =>
        Assert.Equal(reportingYear, ReportingCalendar.ReportingYear(new DateOnly(year, month, day)));
}
