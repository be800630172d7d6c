using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Local.Hosting;
using static ReportAudit.Benchmarks.ResultTable;

namespace ReportAudit.Benchmarks;

/// <summary>
/// Issue 16.5: one large report (<see cref="LargeWordReport"/>, 30 MB by default) ingested by the local runner as a
/// user runs it, <c>serve</c> in a child process of its own on a private prefix, so that the peak resident memory
/// (VmHWM, polled from /proc every 20 ms) is the runner's alone: the file goes in through the upload path
/// (<see cref="ReportUploads"/>: the blob, then its created event in the runner's queue) and the runner's queue
/// trigger downloads, parses, validates and stores it. Then, as a diagnostic, <c>check --json</c> on the same file
/// (the parse and validation alone in a process).
/// </summary>
internal static class MemorySuite
{
    public const double PeakTargetMb = 300;

    public static async Task<int> RunAsync(Options options)
    {
        var size = options.Int("bytes", 30_000_000);
        var timeout = TimeSpan.FromMinutes(options.Double("timeout-minutes", 5));
        var local = CheckSuite.Runner(options);
        if (!File.Exists(local))
        {
            Console.Error.WriteLine($"memory: {local} not found; build (or publish) functions/local in Release first (scripts/bench.sh does)");
            return 1;
        }

        if (!await Storage.ReachableAsync())
        {
            return 1;
        }

        var (content, paragraphs, rows) = LargeWordReport.Make(size);
        var megabytes = content.Length / 1e6;
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bench-memory-" + Guid.NewGuid().ToString("N"))).FullName;
        var file = Path.Combine(folder, "large.word.html");
        await File.WriteAllBytesAsync(file, content);
        var table = new ResultTable($"memory (a {F(megabytes, "0.0")} MB report ingested by the local runner, serve in a child process; runner: {CheckSuite.Describe(local)})");
        table.Add("report", $"{content.Length:N0} bytes: 000.word.html + {paragraphs:N0} paragraphs in section 一 + a {rows:N0}-row appendix table", "(input)", null);

        var storage = new Storage("memory");
        var settings = storage.Settings;
        settings["ReportEventsQueue"] = storage.Prefix + "-events";
        settings["CollectionQueue"] = storage.Prefix + "-collection";
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Api:Key"] = "bench-key";
        settings["WeeklyDigestSchedule"] = string.Empty;
        settings["Logging:LogLevel:Default"] = "Warning";

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(local);
        start.ArgumentList.Add("serve");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var uploader = LocalRunner.Build([], settings);
        using var runner = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        void Read(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not { } line)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
            }

            if (line.Contains("running locally", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        runner.OutputDataReceived += Read;
        runner.ErrorDataReceived += Read;
        runner.BeginOutputReadLine();
        runner.BeginErrorReadLine();

        var peakKb = 0L;
        using var polling = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            while (!polling.IsCancellationRequested)
            {
                peakKb = Math.Max(peakKb, CheckSuite.HighWaterMarkKb(runner.Id));
                await Task.Delay(20);
            }
        });

        try
        {
            if (await Task.WhenAny(ready.Task, runner.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2))) != ready.Task)
            {
                lock (output)
                {
                    Console.Error.WriteLine($"memory: the runner did not start:\n{string.Join('\n', output.TakeLast(20))}");
                }

                table.Add("runner started", "no (see above)", "started", false);
                table.Print();
                return 0;
            }

            // Idle: the host started, its trigger listening, the sweep run once; what the report adds comes on top.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var idleKb = CheckSuite.HighWaterMarkKb(runner.Id);
            table.Add("runner idle (serve started), VmHWM", $"{F(idleKb / 1024.0, "0")} MB", "(start-up)", null);

            var name = "memory/" + Path.GetFileName(file);
            var id = TableKeys.ReportId(name);
            var reports = storage.Table(TableKeys.Reports);
            var clock = Stopwatch.StartNew();
            await using (var stream = File.OpenRead(file))
            {
                await uploader.Services.GetRequiredService<ReportUploads>().UploadAsync(name, stream);
            }

            var uploaded = clock.Elapsed.TotalSeconds;
            TableEntity? row = null;
            while (row is null && clock.Elapsed < timeout && !runner.HasExited)
            {
                var found = await reports.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportPartition(id), id, select: ["Status"]);
                row = found.HasValue ? found.Value : null;
                if (row is null)
                {
                    await Task.Delay(250);
                }
            }

            var stored = clock.Elapsed.TotalSeconds;

            // The host may still be writing the report's findings and aggregates: let it settle before the last reading.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var peak = Math.Max(peakKb, CheckSuite.HighWaterMarkKb(runner.Id)) / 1024.0;
            table.Add(
                "ingested by the runner",
                row is null ? (runner.HasExited ? $"no: the runner exited ({runner.ExitCode})" : $"no: not stored within {timeout.TotalMinutes:0} min") : $"stored as {row.GetString("Status")} {F(stored, "0.0")} s after the upload began (upload {F(uploaded, "0.0")} s)",
                "stored",
                row is not null);
            table.Add($"runner peak memory (VmHWM), {F(megabytes, "0")} MB report", $"{F(peak, "0")} MB ({F(peak - (idleKb / 1024.0), "0")} MB over idle)", $"< {F(PeakTargetMb, "0")} MB", row is not null && peak < PeakTargetMb);
        }
        finally
        {
            await polling.CancelAsync();
            await poller;
            if (!runner.HasExited)
            {
                runner.Kill(entireProcessTree: true);
                await runner.WaitForExitAsync();
            }

            await uploader.DisposeAsync();
            await storage.CleanUpAsync();
        }

        // The parse and validation alone: check --json on the same file, one process.
        var check = await CheckSuite.RunCheckAsync(local, file);
        table.Add("check --json on the same file, peak (VmHWM)", $"{F(check.PeakMb, "0")} MB ({F(check.Seconds)} s, CPU {F(check.CpuSeconds)} s, exit {check.ExitCode})", "(diagnostic: parse + validate alone)", null);
        Directory.Delete(folder, recursive: true);

        table.Print();
        return 0;
    }
}
