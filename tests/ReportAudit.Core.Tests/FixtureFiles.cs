namespace ReportAudit.Core.Tests;

/// <summary>Finds fixture files and the shared samples from the repository root, wherever the tests run.</summary>
internal static class FixtureFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Fixture(string relative) => Path.Combine(Root.Value, "tests", "ReportAudit.Core.Tests", "Fixtures", relative);

    public static string SamplesDirectory => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "samples"));

    public static string Sample(string id) => Directory.EnumerateFiles(SamplesDirectory, id + "*").Single();

    public static IEnumerable<string> SampleIds => Directory.EnumerateFiles(SamplesDirectory).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
}
