using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class ReportFilterTests
{
    [Fact]
    public void Build_QuoteInBodyName_StaysInsideTheStringLiteral()
    {
        var filter = ReportFilter.Build(new ReportCriteria { Body = "x' or RowKey ne 'y" });

        Assert.Contains("BodyKey eq 'xorrowkeyney'", filter, StringComparison.Ordinal);
        Assert.DoesNotContain(" or ", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_QuoteInRegion_IsDoubled()
    {
        var filter = ReportFilter.Build(new ReportCriteria { Region = "he'bei" });

        Assert.Contains("Region eq 'he''bei'", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AllFilters_AreJoinedWithAnd()
    {
        var filter = ReportFilter.Build(new ReportCriteria { Year = 2022, Status = ReportStatus.Parsed, Verdict = Verdict.Failed, Severity = Severity.Warning });

        Assert.Equal("Year eq 2022 and Status eq 'parsed' and Verdict eq 'failed' and Warnings gt 0", filter);
    }

    [Fact]
    public void Build_NoCriteria_IsEmpty()
    {
        Assert.Equal(string.Empty, ReportFilter.Build(new ReportCriteria()));
    }
}
