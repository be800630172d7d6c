using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using static ReportAudit.Benchmarks.ResultTable;

namespace ReportAudit.Benchmarks;

/// <summary>
/// Runs the parse benchmarks in-process with a short job (5 warm-ups, 3 iterations of 250 ms: about three
/// minutes for all cases on 2 cores), then turns the results into the ratios the targets speak of.
/// </summary>
internal static class ParseSuite
{
    public const double TextParseTargetMs = 1.0;
    public const double HtmlRatioTarget = 1.5;
    public const double ValidationShareTarget = 0.10;

    public static void Run(string[] args)
    {
        var job = Job.ShortRun
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithWarmupCount(5);
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary);
        var summaries = BenchmarkSwitcher.FromTypes([typeof(TextParseBenchmarks), typeof(HtmlParseBenchmarks)])
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config)
            .ToList();
        Print(summaries);
    }

    private static void Print(IReadOnlyList<Summary> summaries)
    {
        // (class, method, parameter) → mean ns and bytes allocated per operation.
        var results = new Dictionary<(string Type, string Method, string Input), (double Ns, long? Bytes)>();
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                if (report.ResultStatistics is not { } stats)
                {
                    continue;
                }

                var c = report.BenchmarkCase;
                var input = c.Parameters.Items.FirstOrDefault()?.Value?.ToString() ?? string.Empty;
                results[(c.Descriptor.Type.Name, c.Descriptor.WorkloadMethod.Name, input)] =
                    (stats.Mean, report.GcStats.GetBytesAllocatedPerOperation(c));
            }
        }

        var table = new ResultTable("parse");
        foreach (var (sample, path) in Inputs.TextSamples)
        {
            if (!results.TryGetValue((nameof(TextParseBenchmarks), "Parse", sample), out var parse))
            {
                continue;
            }

            var size = new FileInfo(path).Length;
            var ms = parse.Ns / 1e6;
            table.Add($"text {sample} parse ({size / 1024.0:0.0} KB)",
                $"{F(ms, "0.000")} ms, {F(1e9 / parse.Ns, "#,0")} reports/s, {F(size / (parse.Ns / 1e9) / 1e6, "0.0")} MB/s, {Kb(parse.Bytes)} alloc",
                $"< {F(TextParseTargetMs, "0")} ms", ms < TextParseTargetMs);
        }

        foreach (var (rendition, path) in Inputs.HtmlRenditions)
        {
            if (!results.TryGetValue((nameof(HtmlParseBenchmarks), "Parse", rendition), out var parse)
                || !results.TryGetValue((nameof(HtmlParseBenchmarks), "BareAngleSharp", rendition), out var bare))
            {
                continue;
            }

            var size = new FileInfo(path).Length;
            var ratio = parse.Ns / bare.Ns;
            table.Add($"html {rendition} parse vs AngleSharp ({size / 1024.0:0} KB)",
                $"{F(ratio)}× ({F(parse.Ns / 1e6, "0.000")} vs {F(bare.Ns / 1e6, "0.000")} ms; {F(1e9 / parse.Ns, "#,0")} reports/s, {F(size / (parse.Ns / 1e9) / 1e6, "0.0")} MB/s; alloc {Kb(parse.Bytes)} vs {Kb(bare.Bytes)})",
                $"≤ {F(HtmlRatioTarget, "0.0")}×", ratio <= HtmlRatioTarget);
            if (results.TryGetValue((nameof(HtmlParseBenchmarks), "AngleSharpOurOptions", rendition), out var ours))
            {
                table.Add($"  of which AngleSharp with our options",
                    $"{F(ours.Ns / 1e6, "0.000")} ms = {F(ours.Ns / bare.Ns)}× bare; the rest (decode, walk, assemble) {F((parse.Ns - ours.Ns) / 1e6, "0.000")} ms",
                    "(diagnostic)", null);
            }
        }

        foreach (var (type, input) in results.Keys.Where(k => k.Method == "Validate").Select(k => (k.Type, k.Input)).OrderByDescending(k => k.Type, StringComparer.Ordinal).ThenBy(k => k.Input, StringComparer.Ordinal))
        {
            if (!results.TryGetValue((type, "Parse", input), out var parse))
            {
                continue;
            }

            var validate = results[(type, "Validate", input)];
            var share = validate.Ns / parse.Ns;
            var kind = type == nameof(TextParseBenchmarks) ? "text" : "html";
            table.Add($"{kind} {input} validate / parse",
                $"{F(share * 100, "0.0")} % ({F(validate.Ns / 1e3, "0.0")} µs vs {F(parse.Ns / 1e3, "0.0")} µs; {Kb(validate.Bytes)} alloc)",
                $"< {F(ValidationShareTarget * 100, "0")} %", share < ValidationShareTarget);
        }

        table.Print();
    }

    private static string Kb(long? bytes) => bytes is { } b ? $"{F(b / 1024.0, "#,0.0")} KB" : "n/a";
}
