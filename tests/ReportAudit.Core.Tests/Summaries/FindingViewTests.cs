using ReportAudit.Core.Storage;
using ReportAudit.Core.Summaries;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class FindingViewTests
{
    [Fact]
    public void From_Finding_PlaceInTheTemplatesWordsKeysKept()
    {
        // Arrange
        var finding = new Finding("sum.applications-result-total", Severity.Error, "…", "…", 3, "result.total", "natural", "4", "3");

        // Act
        var view = FindingView.From(new StoredFinding(finding, null));

        // Assert: the dashboard shows the place; scripts keep the keys.
        Assert.Equal("第三部分 · （七）总计 · 自然人", view.Place);
        Assert.Equal(("result.total", "natural"), (view.Row, view.Column));
    }
}
