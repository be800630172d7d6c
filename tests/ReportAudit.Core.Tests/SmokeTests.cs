namespace ReportAudit.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Placeholder() => Assert.Equal(2, 1 + 1);
}
