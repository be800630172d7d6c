using NetArchTest.Rules;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Tests.Architecture;

/// <summary>
/// Dependencies in core run one way: Api → Notices, Exports, Summaries, Ingestion, Reviews, Digest, Collection → Storage → Validation,
/// Parsing, Serialization → Model. Each folder may use only the folders listed for it (read from the
/// compiled IL, method bodies included), so a dependency that runs backwards fails here.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "ReportAudit.Core.";

    private static readonly string[] Folders = ["Model", "Parsing", "Validation", "Serialization", "Storage", "Ingestion", "Summaries", "Reviews", "Digest", "Collection", "Notices", "Exports", "Api", "Hosting"];

    /// <summary>What each folder may depend on (besides itself).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Model"] = [],
        ["Parsing"] = ["Model"],
        ["Validation"] = ["Model", "Parsing"],
        ["Serialization"] = ["Model", "Validation"],
        ["Storage"] = ["Model", "Validation", "Serialization", "Parsing"],
        ["Ingestion"] = ["Model", "Parsing", "Validation", "Serialization", "Storage"],
        ["Summaries"] = ["Model", "Validation", "Serialization", "Storage"],
        ["Reviews"] = ["Model", "Validation", "Serialization", "Storage"],
        ["Digest"] = ["Model", "Validation", "Serialization", "Storage", "Summaries"],
        ["Collection"] = ["Model", "Parsing", "Validation", "Serialization", "Storage", "Ingestion"],
        ["Notices"] = ["Model", "Validation", "Serialization", "Storage"],
        ["Exports"] = ["Model", "Validation", "Serialization", "Storage", "Summaries"],
        ["Api"] = ["Model", "Parsing", "Validation", "Serialization", "Storage", "Ingestion", "Summaries", "Reviews", "Digest", "Collection", "Notices", "Exports"],
        ["Hosting"] = Folders,
    };

    public static TheoryData<string> Layers => [.. Folders];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Folder_DependsOnlyOnTheFoldersBelowIt(string folder)
    {
        var forbidden = Folders.Where(f => f != folder && !Allowed[folder].Contains(f)).Select(f => Root + f).ToArray();

        var result = Types.InAssembly(typeof(AnnualReport).Assembly)
            .That().ResideInNamespace(Root + folder)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{folder} 反向依赖 depends backwards: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void TableStorageSdk_IsUsedOnlyByStorageTables()
    {
        // Every Table Storage class lives in Storage/Tables; only the wiring (Hosting) and the start-up that creates
        // the tables (StorageInitializer) touch the SDK's clients besides them.
        var result = Types.InAssembly(typeof(AnnualReport).Assembly)
            .That().DoNotResideInNamespace(Root + "Storage.Tables")
            .And().DoNotResideInNamespace(Root + "Hosting")
            .And().DoNotHaveName("StorageInitializer")
            .ShouldNot().HaveDependencyOnAny("Azure.Data.Tables")
            .GetResult();

        Assert.True(result.IsSuccessful, "Table Storage 类应在 Storage/Tables belongs in Storage/Tables: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void Core_NeverReferencesTheFunctionsOrWebJobsSdk()
    {
        var result = Types.InAssembly(typeof(AnnualReport).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.Azure.Functions", "Microsoft.Azure.WebJobs", "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }
}
