using ReportAudit.Benchmarks;

// dotnet run -c Release --project tests/ReportAudit.Benchmarks -- <parse|load|summary|check|memory> [options]
//   parse   [BenchmarkDotNet arguments, e.g. --filter *Text*]
//   load    [--count 1000] [--concurrency 32]
//   summary [--levels 1000,10000,100000] [--calls 200] [--seed-budget-minutes 8]
//   memory  [--bytes 30000000] [--timeout-minutes 5] [--local ReportAudit.Local.dll]
//   check   [--count 2000] [--memory-count 20000] [--page 000.cms] [--python python3] [--local ReportAudit.Local.dll] [--baseline other/ReportAudit.Local.dll]
// The figures are compared with targets and printed as a table; the exit code is 0 either way
// (1 only for a usage error or a run that could not happen at all).
var suite = args.Length > 0 ? args[0].ToLowerInvariant() : string.Empty;
var rest = args.Skip(1).ToArray();
switch (suite)
{
    case "parse":
        ParseSuite.Run(rest);
        return 0;
    case "load":
        return await LoadSuite.RunAsync(new Options(rest));
    case "summary":
        return await SummarySuite.RunAsync(new Options(rest));
    case "check":
        return await CheckSuite.RunAsync(new Options(rest));
    case "memory":
        return await MemorySuite.RunAsync(new Options(rest));
    default:
        Console.Error.WriteLine("usage: ReportAudit.Benchmarks <parse|load|summary|check|memory> [options]");
        return 1;
}
