using System.Text;
using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Local.Commands;

/// <summary>
/// <c>check FILE|DIR... [--json]</c>: parses and validates each report and prints it with its findings, or one JSON
/// line per report, in input order; <c>check --rules [--markdown]</c> lists the rule catalogue. Every report given is
/// read first and its figures kept, so the cross-year rules can compare a report with the same body's report for the
/// year before (<see cref="CheckPipeline"/>: files parsed on every core, memory bounded).
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] Options = ["--json", "--rules", "--markdown"];

    public static async Task<int> RunAsync(string[] args)
    {
        var json = args.Contains("--json");
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !Options.Contains(a)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"未知选项 unknown option: {unknown[0]}");
            CommandLine.PrintUsage();
            return CommandLine.Usage;
        }

        if (args.Contains("--rules"))
        {
            var rules = RuleCatalogue.All().Select(r => r.Descriptor).ToList();
            if (args.Contains("--markdown"))
            {
                Console.Out.Write(RuleCatalogueMarkdown.Generate(rules));
            }
            else
            {
                ReportPrinter.PrintCatalogue(Console.Out, rules);
            }

            return 0;
        }

        if (paths.Count == 0)
        {
            Console.Error.WriteLine("请给出文件或目录 give a file or directory");
            CommandLine.PrintUsage();
            return CommandLine.Usage;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"找不到文件 file not found: {path}");
                return CommandLine.Usage;
            }
        }

        // Two passes on every core (see CheckPipeline): the first keeps each report's figures for the cross-year rules of
        // the year after, the second prints in input order; memory stays bounded whatever the number of files.
        var progress = new ProgressBar(files.Count * 2, enabled: files.Count > 3 && !Console.IsErrorRedirected);
        var pipeline = new CheckPipeline(json, color: !Console.IsOutputRedirected);
        bool anyUnparseable;
        if (json)
        {
            Console.Out.Flush();
            await using var stdout = Console.OpenStandardOutput();
            anyUnparseable = await pipeline.RunAsync(files, line => stdout.WriteAsync(line).AsTask(), progress);
            await stdout.FlushAsync();
        }
        else
        {
            anyUnparseable = await pipeline.RunAsync(
                files,
                text =>
                {
                    progress.Clear();
                    Console.Out.Write(Encoding.UTF8.GetString(text));
                    return Task.CompletedTask;
                },
                progress);
        }

        progress.Clear();
        return anyUnparseable ? 1 : 0;
    }

    /// <summary>Adds <c>verdict</c>, <c>counts</c>, <c>findings</c> and <c>outcomes</c> to a report's JSON line.</summary>
    internal static void AddValidation(JsonObject line, ValidationResult result)
    {
        line["verdict"] = EnumNames.Name(result.Verdict);
        line["counts"] = new JsonObject
        {
            [EnumNames.Name(Severity.Error)] = result.Errors,
            [EnumNames.Name(Severity.Warning)] = result.Warnings,
            [EnumNames.Name(Severity.Notice)] = result.Notices,
        };
        line["findings"] = new JsonArray(result.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["rule"] = f.RuleId,
            ["severity"] = EnumNames.Name(f.Severity),
            ["section"] = f.Section,
            ["row"] = f.Row,
            ["column"] = f.Column,
            ["place"] = Labels.Place(f),
            ["message"] = f.MessageZh,
            ["messageEn"] = f.MessageEn,
            ["expected"] = f.Expected,
            ["actual"] = f.Actual,
            ["cells"] = new JsonArray((f.Cells ?? []).Select(c => (JsonNode)JsonValue.Create(c.ToString())).ToArray<JsonNode?>()),
        }).ToArray<JsonNode?>());
        var outcomes = new JsonObject();
        foreach (var outcome in result.Outcomes)
        {
            outcomes[outcome.RuleId] = ReportPrinter.StateName(outcome.State);
        }

        line["outcomes"] = outcomes;
    }
}
