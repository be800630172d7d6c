using ReportAudit.Core.Digest;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Tests.Digest;

public sealed class DigestDataSourceTests
{
    [Fact]
    public void Bounds_W47InShanghai_AreMondayMidnightLocalInUtc()
    {
        var (start, end) = DigestDataSource.Bounds(IsoWeek.Parse("2026-W47"), DigestFixtures.Shanghai);

        Assert.Equal(new DateTimeOffset(2026, 11, 15, 16, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
    }
}
