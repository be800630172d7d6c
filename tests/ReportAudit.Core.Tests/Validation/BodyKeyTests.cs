using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

public sealed class BodyKeyTests
{
    [Theory]
    [InlineData("石家莊市人民政府辦公室", "石家庄市人民政府办公室")]
    [InlineData("石家庄市 人民政府办公室", "石家庄市人民政府办公室")]
    [InlineData("石家庄市人民政府办公室\n", "石家庄市人民政府办公室")]
    [InlineData("（石家庄市人民政府办公室）", "石家庄市人民政府办公室")]
    public void Of_SpellingsOfOneBody_GiveOneKey(string a, string b) =>
        Assert.Equal(BodyKey.Of(b), BodyKey.Of(a));

    [Theory]
    [InlineData("石家庄市人民政府办公室", "石家庄市人民政府")]
    [InlineData("安居区人民政府办公室", "安泰街道办事处")]
    public void Of_DifferentBodies_GiveDifferentKeys(string a, string b) =>
        Assert.NotEqual(BodyKey.Of(a), BodyKey.Of(b));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Of_NoName_IsEmpty(string? body) => Assert.Equal(string.Empty, BodyKey.Of(body));

    [Fact]
    public async Task FindAsync_TraditionalSpelling_FindsTheSimplifiedBodysFigures()
    {
        // Arrange
        var lookup = new InMemoryPreviousReportLookup();
        lookup.Add(new PreviousYearFigures(BodyKey.Of("石家庄市人民政府办公室"), 2021, "r", new Dictionary<string, decimal?>(), 59, 102));

        // Act
        var found = await lookup.FindAsync(BodyKey.Of("石家莊市 人民政府辦公室"), 2021);
        var otherYear = await lookup.FindAsync(BodyKey.Of("石家莊市人民政府辦公室"), 2020);

        // Assert
        Assert.Equal(59m, found!.RegulationsInForce);
        Assert.Null(otherYear);
    }
}
