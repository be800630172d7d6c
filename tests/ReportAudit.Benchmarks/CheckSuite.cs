using System.Diagnostics;
using System.Globalization;
using System.Text;
using static ReportAudit.Benchmarks.ResultTable;

namespace ReportAudit.Benchmarks;

/// <summary>
/// The <c>check --json</c> command as a user runs it: the ReadyToRun publish of functions/local (<see cref="PublishedRunner"/>,
/// which scripts/bench.sh makes; the plain build output where it is missing) started as a process over a
/// temporary folder of copies of one real CMS page (each copy with its own 索引号, so no two files are the same), stdout
/// read and its lines counted. Whole-process throughput (start-up included) on <c>--count</c> copies, peak resident
/// memory (VmHWM, polled from /proc) on <c>--memory-count</c> copies, and, where Python has pandas and lxml, the same
/// files through <c>pandas.read_html</c> one after another for comparison.
/// </summary>
internal static class CheckSuite
{
    public const double ThroughputTarget = 1000;
    public const double PeakMemoryTargetMb = 300;
    public const double PandasRatioTarget = 4;

    /// <summary>Where scripts/bench.sh publishes the local runner ReadyToRun (<c>dotnet publish -r linux-x64 --self-contained false</c>).</summary>
    public static string PublishedRunner => Path.Combine(Inputs.RepositoryRoot, "functions", "local", "bin", "Release", "r2r", "ReportAudit.Local.dll");

    /// <summary>The plain <c>dotnet build -c Release</c> output: every method compiled by the JIT at run time.</summary>
    public static string BuiltRunner => Path.Combine(Inputs.RepositoryRoot, "functions", "local", "bin", "Release", "net10.0", "ReportAudit.Local.dll");

    /// <summary>The runner the suites start: <c>--local</c>, else the ReadyToRun publish, else the build output.</summary>
    public static string Runner(Options options) => options.Get("local") ?? (File.Exists(PublishedRunner) ? PublishedRunner : BuiltRunner);

    /// <summary>How a runner path was built, for the tables.</summary>
    public static string Describe(string runner) =>
        Path.GetFullPath(runner) == Path.GetFullPath(PublishedRunner) ? "ReadyToRun publish"
        : Path.GetFullPath(runner) == Path.GetFullPath(BuiltRunner) ? "build output, JIT only"
        : runner;

    // Times pandas.read_html (lxml flavour) over every file of a folder, in name order, on one core as pandas runs.
    private const string PandasScript = """
        import os, sys, time
        import pandas, lxml
        folder = sys.argv[1]
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
        started = time.perf_counter()
        tables = 0
        for path in files:
            with open(path, 'rb') as f:
                tables += len(pandas.read_html(f, flavor='lxml'))
        elapsed = time.perf_counter() - started
        print(f"{len(files)} {elapsed:.6f} {tables} {pandas.__version__} {lxml.__version__}")
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var count = options.Int("count", 2000);
        var memoryCount = options.Int("memory-count", 20000);
        var page = options.Get("page") ?? "000.cms";
        var local = Runner(options);
        if (!File.Exists(local))
        {
            Console.Error.WriteLine($"check: {local} not found; build (or publish) functions/local in Release first (scripts/bench.sh does)");
            return 1;
        }

        if (!Inputs.HtmlRenditions.TryGetValue(page, out var pagePath))
        {
            Console.Error.WriteLine($"check: no rendition {page}; one of {string.Join(", ", Inputs.HtmlRenditions.Keys)}");
            return 1;
        }

        var html = await File.ReadAllTextAsync(pagePath);
        var pageKb = Encoding.UTF8.GetByteCount(html) / 1024.0;
        var table = new ResultTable($"check (check --json as a process over copies of {page}.html, {F(pageKb, "0")} KB, {Environment.ProcessorCount} cores; runner: {Describe(local)})");
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bench-check-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var small = Copies(html, Path.Combine(root, "small"), count);
            var run = await RunCheckAsync(local, small);
            var rate = run.Lines / run.Seconds;
            table.Add(
                $"check --json ×{count}, whole process",
                $"{F(rate, "0")} reports/s ({run.Lines} lines in {F(run.Seconds)} s, CPU {F(run.CpuSeconds)} s, exit {run.ExitCode}, peak {F(run.PeakMb, "0")} MB)",
                $"≥ {F(ThroughputTarget, "0")} reports/s",
                run.Lines == count && rate >= ThroughputTarget);

            // Diagnostics: what the start-up settings are worth. The runner is built with dynamic PGO off (its
            // runtimeconfig); DOTNET_TieredPGO=1 puts it back, DOTNET_TieredCompilation=0 compiles every method fully
            // optimised at first call (ReadyToRun code kept, never re-compiled), and the plain build output has no
            // ReadyToRun code at all: a short-lived command spends much of its time in the JIT.
            foreach (var (name, value) in new[] { ("DOTNET_TieredPGO", "1"), ("DOTNET_TieredCompilation", "0") })
            {
                var variant = await RunCheckAsync(local, small, (name, value));
                table.Add($"  with {name}={value}", $"{F(variant.Lines / variant.Seconds, "0")} reports/s ({variant.Lines} lines in {F(variant.Seconds)} s, CPU {F(variant.CpuSeconds)} s)", "(diagnostic)", null);
            }

            if (options.Get("local") is null && local == PublishedRunner && File.Exists(BuiltRunner))
            {
                var jit = await RunCheckAsync(BuiltRunner, small);
                table.Add("  build output, JIT only (no ReadyToRun)", $"{F(jit.Lines / jit.Seconds, "0")} reports/s ({jit.Lines} lines in {F(jit.Seconds)} s, CPU {F(jit.CpuSeconds)} s)", "(diagnostic)", null);
            }

            if (options.Get("baseline") is { } baseline)
            {
                var before = await RunCheckAsync(baseline, small);
                table.Add("  baseline build (--baseline)", $"{F(before.Lines / before.Seconds, "0")} reports/s ({before.Lines} lines in {F(before.Seconds)} s, peak {F(before.PeakMb, "0")} MB)", "(diagnostic)", null);
            }

            var pandas = RunPandas(options.Get("python"), small);
            if (pandas.Rate is { } pandasRate)
            {
                table.Add($"pandas.read_html ×{count}, one process", $"{F(pandasRate, "0")} reports/s ({pandas.Detail})", "(for comparison)", null);
                table.Add("check / pandas.read_html", $"{F(rate / pandasRate, "0.00")}×", $"≥ {F(PandasRatioTarget, "0")}×", rate / pandasRate >= PandasRatioTarget);
            }
            else
            {
                Console.WriteLine($"pandas: not available ({pandas.Detail})");
                table.Add("check / pandas.read_html", $"pandas: not available ({pandas.Detail})", $"≥ {F(PandasRatioTarget, "0")}×", null);
            }

            Directory.Delete(small, recursive: true);
            if (memoryCount > 0)
            {
                var large = Copies(html, Path.Combine(root, "large"), memoryCount);
                var big = await RunCheckAsync(local, large);
                table.Add(
                    $"check --json ×{memoryCount}, peak memory (VmHWM)",
                    $"{F(big.PeakMb, "0")} MB ({big.Lines} lines in {F(big.Seconds)} s = {F(big.Lines / big.Seconds, "0")} reports/s)",
                    $"< {F(PeakMemoryTargetMb, "0")} MB",
                    big.Lines == memoryCount && big.PeakMb < PeakMemoryTargetMb);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        table.Print();
        return 0;
    }

    /// <summary>Writes <paramref name="count"/> copies, <c>00000.html…</c>, each with its copy number as the page's 索引号.</summary>
    private static string Copies(string html, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        const string emptyIndex = "索&nbsp;引&nbsp;号：</td><td width=\"38%\">&nbsp;</td>";
        if (!html.Contains(emptyIndex, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the page has no empty 索引号 cell to vary");
        }

        for (var i = 0; i < count; i++)
        {
            var copy = html.Replace(emptyIndex, $"索&nbsp;引&nbsp;号：</td><td width=\"38%\">11510903MB1X/2023-{i:D5}</td>", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, $"{i:D5}.html"), copy);
        }

        return folder;
    }

    internal static async Task<(int Lines, double Seconds, double PeakMb, int ExitCode, double CpuSeconds)> RunCheckAsync(string local, string folder, (string Name, string Value)? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(local);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("--json");
        start.ArgumentList.Add(folder);
        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var peakKb = 0L;
        var cpu = 0.0;
        using var polling = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            // VmHWM is the resident high-water mark and the CPU time only grows, so the last values read before exit
            // are the peak and (within the last 20 ms) the process's CPU seconds.
            while (!polling.IsCancellationRequested)
            {
                peakKb = Math.Max(peakKb, HighWaterMarkKb(process.Id));
                cpu = Math.Max(cpu, CpuSeconds(process.Id));
                await Task.Delay(20);
            }
        });
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = 0;
        var buffer = new char[1 << 16];
        int read;
        while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
        }

        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        await polling.CancelAsync();
        await poller;
        if ((await stderr).Trim() is { Length: > 0 } errors)
        {
            Console.Error.WriteLine(errors);
        }

        return (lines, seconds, peakKb / 1024.0, process.ExitCode, cpu);
    }

    /// <summary>User + system CPU seconds of a running process, from /proc/&lt;pid&gt;/stat (clock ticks of 1/100 s); 0 once it has exited.</summary>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // The command name (field 2) is in parentheses and may hold spaces: count the fields after its ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The resident high-water mark of a running process (VmHWM), in KB; 0 once it has exited.</summary>
    public static long HighWaterMarkKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    /// <summary>pandas.read_html over the folder with the first Python that has pandas and lxml; the rate, or null and why not.</summary>
    private static (double? Rate, string Detail) RunPandas(string? python, string folder)
    {
        var candidates = python is not null ? [python] : new[] { "python3", "/usr/bin/python3" };
        var reasons = new List<string>();
        foreach (var candidate in candidates)
        {
            var start = new ProcessStartInfo(candidate)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(PandasScript);
            start.ArgumentList.Add(folder);
            try
            {
                using var process = Process.Start(start)!;
                var stderr = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                var errors = stderr.GetAwaiter().GetResult().Trim();
                if (process.ExitCode == 0 && output.Split(' ') is [var files, var seconds, var tables, var pandasVersion, var lxmlVersion])
                {
                    var n = int.Parse(files, CultureInfo.InvariantCulture);
                    var s = double.Parse(seconds, CultureInfo.InvariantCulture);
                    return (n / s, $"{n} files in {F(s)} s, {tables} tables; {candidate}, pandas {pandasVersion}, lxml {lxmlVersion}");
                }

                reasons.Add($"{candidate}: {errors.Split('\n').LastOrDefault(l => l.Length > 0) ?? "exit " + process.ExitCode.ToString(CultureInfo.InvariantCulture)}");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                reasons.Add($"{candidate}: {e.Message}");
            }
        }

        return (null, string.Join("; ", reasons));
    }
}
