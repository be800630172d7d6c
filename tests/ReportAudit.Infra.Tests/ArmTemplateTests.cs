namespace ReportAudit.Infra.Tests;

public sealed class ArmTemplateTests
{
    [Fact]
    public void LoadFrom_MissingFile_ThrowsWithInstructions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}", "main.json");

        var error = Assert.Throws<FileNotFoundException>(() => ArmTemplate.LoadFrom(path));

        Assert.Contains("scripts/check-infra.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains(ArmTemplate.PathVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CompiledTemplate_ContainsModuleResources()
    {
        var template = ArmTemplate.Load();

        Assert.Contains(template.Resources, r => r.Module == "api" && r.Type == "Microsoft.Web/sites");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("[[escaped]", "[escaped]")]
    [InlineData("['it''s']", "it's")]
    [InlineData("[format('{0}/{1}/', 'a', 'b')]", "a/b/")]
    [InlineData("[reference('x').outputs.y.value]", null)]
    public void Evaluate_Expression_ReturnsCompileTimeValue(string expression, string? expected)
    {
        var scope = new ArmScope([], Deployment: null, Parent: null);

        Assert.Equal(expected, ArmTemplate.Evaluate(expression, scope));
    }
}
