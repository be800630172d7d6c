using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class ReportQueryTests
{
    private static ReportQuery? Parse(Dictionary<string, string> values, out (string Parameter, string Message)? error) =>
        ReportQuery.Parse(name => values.GetValueOrDefault(name), out error);

    [Fact]
    public void Parse_ValidParameters_ReadsThem()
    {
        var query = Parse(new() { ["year"] = "2022", ["region"] = "hebei", ["sort"] = "-errors", ["pageSize"] = "20" }, out var error);

        Assert.Null(error);
        Assert.Equal(2022, query!.Year);
        Assert.Equal("hebei", query.Region);
        Assert.Equal("-errors", query.Sort);
        Assert.Equal(20, query.PageSize);
    }

    [Theory]
    [InlineData("year", "20x2")]
    [InlineData("year", "1999")]
    [InlineData("pageSize", "0")]
    [InlineData("pageSize", "201")]
    [InlineData("status", "done")]
    [InlineData("severity", "fatal")]
    [InlineData("sort", "name")]
    [InlineData("continuationToken", "!!")]
    public void Parse_BadParameter_NamesIt(string name, string value)
    {
        var query = Parse(new() { [name] = value }, out var error);

        Assert.Null(query);
        Assert.Equal(name, error!.Value.Parameter);
    }

    [Fact]
    public void Token_RoundTrips()
    {
        var query = Parse(new() { ["continuationToken"] = ReportQuery.Token(150) }, out _);

        Assert.Equal(150, query!.Offset);
    }
}
