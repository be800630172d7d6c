using System.Text.Json;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Tracking;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Model;

public sealed class EnumNamesTests
{
    [Fact]
    public void All_ReportStatus_AreTheStoredNames() =>
        Assert.Equal(["parsed", "partial", "unparseable", "failed"], EnumNames.All<ReportStatus>());

    [Fact]
    public void All_Verdict_AreTheStoredNames() =>
        Assert.Equal(["passed", "warnings", "failed", "unparseable"], EnumNames.All<Verdict>());

    [Fact]
    public void All_Severity_AreTheStoredNames() =>
        Assert.Equal(["notice", "warning", "error"], EnumNames.All<Severity>());

    [Fact]
    public void All_DateStatus_AreTheStoredNames() =>
        Assert.Equal(["unknown", "on-time", "late", "impossible"], EnumNames.All<DateStatus>());

    [Fact]
    public void All_FindingState_AreTheStoredNames() =>
        Assert.Equal(["open", "confirmed", "notified", "corrected", "dismissed"], EnumNames.All<FindingState>());

    [Fact]
    public void NameAndParse_EveryValueOfEveryDomainEnum_RoundTrip()
    {
        AssertRoundTrip<ReportStatus>();
        AssertRoundTrip<Verdict>();
        AssertRoundTrip<Severity>();
        AssertRoundTrip<DateStatus>();
        AssertRoundTrip<FindingState>();
    }

    [Fact]
    public void JsonSerializer_EveryValueOfEveryDomainEnum_WritesAndReadsTheSameName()
    {
        AssertJsonUsesTheName<ReportStatus>();
        AssertJsonUsesTheName<Verdict>();
        AssertJsonUsesTheName<Severity>();
        AssertJsonUsesTheName<DateStatus>();
        AssertJsonUsesTheName<FindingState>();
    }

    [Theory]
    [InlineData("Passed")]
    [InlineData("PASSED")]
    [InlineData(" passed")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ok")]
    public void TryParse_NotAStoredName_IsRefused(string? name)
    {
        Assert.False(EnumNames.TryParse<Verdict>(name, out _));
        Assert.Equal(Verdict.Unparseable, EnumNames.Parse(name, Verdict.Unparseable));
    }

    [Fact]
    public void Of_DateStatus_GivesTheLabels()
    {
        Assert.Equal(new EnumName("on-time", "按时发布", "on time"), EnumNames.Of(DateStatus.OnTime));
        Assert.Equal(new EnumName("impossible", "日期异常", "impossible"), EnumNames.Of(DateStatus.Impossible));
    }

    [Theory]
    [InlineData(ParseStatus.Parsed, "parsed")]
    [InlineData(ParseStatus.Partial, "partial")]
    [InlineData(ParseStatus.Unparseable, "unparseable")]
    public void StatusName_ParseStatus_IsTheReportStatusOfTheSameValue(ParseStatus status, string expected)
    {
        Assert.Equal(expected, ReportJson.StatusName(status));
        Assert.Equal(status.ToString(), ((ReportStatus)status).ToString());
    }

    private static void AssertRoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values.Length, EnumNames.All<TEnum>().Distinct(StringComparer.Ordinal).Count());
        foreach (var value in values)
        {
            var entry = EnumNames.Of(value);
            Assert.True(EnumNames.TryParse<TEnum>(entry.Name, out var parsed), entry.Name);
            Assert.Equal(value, parsed);
            Assert.False(string.IsNullOrWhiteSpace(entry.Zh), entry.Name);
            Assert.False(string.IsNullOrWhiteSpace(entry.En), entry.Name);
        }
    }

    private static void AssertJsonUsesTheName<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var json = JsonSerializer.Serialize(value, JsonDefaults.Web);
            Assert.Equal("\"" + EnumNames.Name(value) + "\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize<TEnum>(json, JsonDefaults.Web));
        }
    }
}
