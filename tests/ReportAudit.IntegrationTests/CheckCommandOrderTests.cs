using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Validation;
using ReportAudit.Local.Commands;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// <c>check</c> on every core (<see cref="CheckPipeline"/>) against the sequential algorithm it replaced (every report
/// parsed and kept, then validated one after another, each JSON line a node tree): the five samples, the HTML, Word
/// and PDF renditions, sample 002's body in three more years (one year twice, the later file winning) and a file that
/// is not a report. Same lines, byte for byte, in input order.
/// </summary>
public sealed class CheckCommandOrderTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "check-order-" + Guid.NewGuid().ToString("N"))).FullName;

    private readonly List<string> _files;

    public CheckCommandOrderTests()
    {
        var samples = Path.GetDirectoryName(StorageTestEnvironment.Sample("000"))!;
        foreach (var file in Directory.EnumerateFiles(samples, "*.txt"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var renditions = Path.Combine(RepositoryRoot(), "tests", "ReportAudit.Core.Tests", "Fixtures", "renditions");
        foreach (var file in Directory.EnumerateFiles(renditions).Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_folder, "r-" + Path.GetFileName(file)));
        }

        var sample002 = CrossYearFixtures.Sample002Async().GetAwaiter().GetResult();
        File.WriteAllText(Path.Combine(_folder, "y2020.txt"), CrossYearFixtures.ForYear(sample002, 2020));
        File.WriteAllText(Path.Combine(_folder, "y2020b.txt"), CrossYearFixtures.NewApplicationsChanged(CrossYearFixtures.ForYear(sample002, 2020)));
        File.WriteAllText(Path.Combine(_folder, "y2021.txt"), CrossYearFixtures.ForYear(sample002, 2021));
        File.WriteAllText(Path.Combine(_folder, "zz-notes.txt"), "会议纪要 minutes of a meeting, not a report");
        _files = Directory.EnumerateFiles(_folder).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task JsonLinesAreTheSequentialLinesInInputOrder()
    {
        var (lines, anyUnparseable) = await RunPipelineAsync(json: true);
        var expected = Sequential(json: true);

        Assert.Equal(_files.Count, lines.Count);
        Assert.Equal(expected.Outputs, lines);
        Assert.True(anyUnparseable);
        Assert.Equal(expected.AnyUnparseable, anyUnparseable);

        // The cross-year path was taken: 2020 and 2021 print something else than without a year before.
        var alone = Sequential(json: true, withPrevious: false).Outputs;
        foreach (var name in new[] { "y2020.txt", "y2020b.txt", "y2021.txt" })
        {
            var i = _files.IndexOf(Path.Combine(_folder, name));
            Assert.NotEqual(alone[i], lines[i]);
        }

        Assert.Contains(lines, l => l.Contains("zz-notes.txt", StringComparison.Ordinal) && l.Contains("\"status\":\"unparseable\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrintedReportsAreTheSequentialOutputInInputOrder()
    {
        var (outputs, _) = await RunPipelineAsync(json: false);
        Assert.Equal(Sequential(json: false).Outputs, outputs);
    }

    private async Task<(List<string> Outputs, bool AnyUnparseable)> RunPipelineAsync(bool json)
    {
        var outputs = new List<string>();
        var anyUnparseable = await new CheckPipeline(json, color: false, degreeOfParallelism: 4).RunAsync(
            _files,
            bytes =>
            {
                outputs.Add(Encoding.UTF8.GetString(bytes));
                return Task.CompletedTask;
            },
            new ProgressBar(_files.Count * 2, enabled: false));
        return (outputs, anyUnparseable);
    }

    // The command as it was before CheckPipeline: parse all, keep all, then validate and print one after another.
    private (List<string> Outputs, bool AnyUnparseable) Sequential(bool json, bool withPrevious = true)
    {
        var parser = new ReportParser();
        var receivedOn = TimeProvider.System.GetUtcNow();
        var reports = new List<(string File, AnnualReport Report)>();
        var lookup = new InMemoryPreviousReportLookup();
        foreach (var file in _files)
        {
            var report = parser.Parse(File.ReadAllBytes(file), Path.GetFileName(file), ParseHints.ReceivedOn(receivedOn));
            reports.Add((file, report));
            if (PreviousYearFigures.From(report, Path.GetFileName(file)) is { } figures)
            {
                lookup.Add(figures);
            }
        }

        var validator = ReportValidator.CreateDefault();
        var outputs = new List<string>();
        var anyUnparseable = false;
        foreach (var (file, report) in reports)
        {
            var previous = withPrevious && report.Year is { } year ? lookup.FindAsync(BodyKey.Of(report.Body), year - 1).GetAwaiter().GetResult() : null;
            var result = validator.Validate(report, previous);
            anyUnparseable |= report.Status == ParseStatus.Unparseable;
            using var text = new StringWriter { NewLine = "\n" };
            if (json)
            {
                var line = ReportJson.Compact(report, file);
                CheckCommand.AddValidation(line, result);
                text.WriteLine(line.ToJsonString(ReportJson.LineOptions));
            }
            else
            {
                ReportPrinter.Print(text, report, file, result, color: false);
            }

            outputs.Add(text.ToString());
        }

        return (outputs, anyUnparseable);
    }

    private static string RepositoryRoot()
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
