using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

public sealed class BodyKindClassifierTests
{
    [Theory]
    [InlineData(null, "安居区人民政府办公室", BodyKind.Department)]
    [InlineData("某市2022年政府信息公开工作年度报告", "某市人民政府办公室", BodyKind.Government)]
    [InlineData("某市人民政府办公室2022年政府信息公开工作年度报告", null, BodyKind.Department)]
    [InlineData(null, "某区人民政府", BodyKind.Government)]
    [InlineData("某区人民政府2022年政府信息公开工作年度报告", null, BodyKind.Government)]
    [InlineData(null, "安泰街道办事处", BodyKind.Township)]
    [InlineData(null, "某某镇人民政府", BodyKind.Township)]
    [InlineData(null, "凉州区城市管理综合执法局", BodyKind.Department)]
    [InlineData("2022年政府信息公開工作年度報告", "石家莊市人民政府辦公室", BodyKind.Department)]
    public void Classify_TitleAndBody_GivesTheKind(string? title, string? body, BodyKind expected)
    {
        // Arrange
        var classifier = new BodyKindClassifier(new ValidationOptions());

        // Act
        var kind = classifier.Classify(title, body);

        // Assert
        Assert.NotNull(kind);
        Assert.Equal(expected, kind.Kind);
        Assert.False(kind.Configured);
        Assert.NotEmpty(kind.ReasonZh);
    }

    [Fact]
    public void Classify_ConfiguredBody_ConfigurationWins()
    {
        // Arrange: configured under the traditional spelling, with a space.
        var options = new ValidationOptions();
        options.BodyKinds["安居區 人民政府辦公室"] = "government";
        var classifier = new BodyKindClassifier(options);

        // Act
        var kind = classifier.Classify(null, "安居区人民政府办公室");

        // Assert
        Assert.Equal((BodyKind.Government, true), (kind!.Kind, kind.Configured));
    }

    [Fact]
    public void Classify_NoName_ReturnsNull()
    {
        Assert.Null(new BodyKindClassifier(new ValidationOptions()).Classify("2022年政府信息公开工作年度报告", null));
    }

    [Theory]
    [InlineData("某市2022年政府信息公开工作年度报告", "某市")]
    [InlineData("2022年政府信息公开工作年度报告", "")]
    [InlineData("凉州区城市管理综合执法局2021年政务信息公开工作年度报告", "凉州区城市管理综合执法局")]
    public void NameFromTitle_Title_GivesTheNameBeforeTheYear(string title, string expected) =>
        Assert.Equal(expected, BodyKindClassifier.NameFromTitle(title));
}
