namespace ReportAudit.Benchmarks;

/// <summary>The sample reports (<c>../shared/samples/*.txt</c> from the repository root) and the HTML renditions.</summary>
internal static class Inputs
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SamplesDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "samples"));

    public static string RenditionsDirectory => Path.Combine(RepositoryRoot, "tests", "ReportAudit.Core.Tests", "Fixtures", "renditions");

    /// <summary>Sample id ("000") → file path.</summary>
    public static IReadOnlyDictionary<string, string> TextSamples { get; } =
        Directory.EnumerateFiles(SamplesDirectory, "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..3], p => p, StringComparer.Ordinal);

    /// <summary>Rendition name ("000.cms") → file path, for the CMS and Word HTML renditions.</summary>
    public static IReadOnlyDictionary<string, string> HtmlRenditions { get; } =
        Directory.EnumerateFiles(RenditionsDirectory, "*.html")
            .Where(p => p.EndsWith(".cms.html", StringComparison.Ordinal) || p.EndsWith(".word.html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..^".html".Length], p => p, StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
    }
}
