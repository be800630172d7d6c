using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

public sealed class RuleCatalogueMarkdownTests
{
    [Fact]
    public void Generate_DocsRulesMd_IsUpToDate()
    {
        // Arrange
        var path = Path.Combine(RepositoryFiles.Root, "docs", "rules.md");

        // Act
        var expected = RuleCatalogueMarkdown.Generate();
        var actual = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

        // Assert: regenerate with `dotnet run --project functions/local -- check --rules --markdown > docs/rules.md`.
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Generate_EveryRule_HasARow()
    {
        var markdown = RuleCatalogueMarkdown.Generate();

        Assert.All(RuleCatalogue.All(), r => Assert.Contains($"| `{r.Descriptor.Id}` | {r.Descriptor.Severity.ToString().ToLowerInvariant()} |", markdown, StringComparison.Ordinal));
    }
}
