namespace ReportAudit.Core.Tests.Validation;

/// <summary>Files of the repository and the shared samples, found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding <c>Serverless.sln</c>.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A sample from <c>../shared/samples</c> by its number prefix (<c>000</c> … <c>004</c>).</summary>
    public static string Sample(string prefix)
    {
        var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));
        return Directory.EnumerateFiles(folder, prefix + "_*").Single();
    }
}
