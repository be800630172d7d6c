using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Validation;

namespace ReportAudit.Local.Commands;

/// <summary>
/// <c>check</c> over many files on every core, in bounded memory, printing in input order.
/// <para>
/// Pass 1 parses the files in parallel and validates each one as if no report of the year before were known; its
/// output goes to a temporary spill file (disk, not memory), and only three small things are kept per report: where its
/// output lies in that file, the (body, year − 1) it would be compared with, and whether it was unparseable. The
/// <see cref="PreviousYearFigures"/> are kept once per (body, year), the last file in input order winning as before.
/// </para>
/// <para>
/// Pass 2 prints in input order. A report whose (body, year − 1) has no figures printed exactly what pass 1 wrote;
/// only a report that does have a previous year is parsed and validated again, with those figures. Both passes keep at
/// most a bounded window of reports in flight, so memory does not grow with the folder.
/// </para>
/// </summary>
internal sealed class CheckPipeline(bool json, bool color, int? degreeOfParallelism = null)
{
    private readonly int _parallelism = Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount);

    private readonly ReportValidator _validator = ReportValidator.CreateDefault();

    /// <summary>Runs both passes; <paramref name="write"/> receives each report's output in input order. True when any report was unparseable.</summary>
    public async Task<bool> RunAsync(IReadOnlyList<string> files, Func<byte[], Task> write, ProgressBar progress)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(progress);

        var spillPath = Path.Combine(Path.GetTempPath(), "reportaudit-check-" + Guid.NewGuid().ToString("N") + ".spill");
        await using var spill = new FileStream(spillPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var spillLock = new object();
        var entries = new Entry[files.Count];
        var figures = new Dictionary<(string BodyKey, int Year), (int Index, PreviousYearFigures Figures)>();
        var receivedOn = TimeProvider.System.GetUtcNow();

        // Pass 1: parse, keep the figures, spill the output as validated without a previous year.
        await ForEachInOrderAsync(files.Count, i => Task.Run(() =>
        {
            var (report, output) = Process(files[i], receivedOn, previous: null);
            long offset;
            lock (spillLock)
            {
                offset = spill.Position;
                spill.Write(output);
            }

            var own = PreviousYearFigures.From(report, Path.GetFileName(files[i]));
            if (own is not null)
            {
                lock (figures)
                {
                    var key = (own.BodyKey, own.Year);
                    if (!figures.TryGetValue(key, out var kept) || kept.Index < i)
                    {
                        figures[key] = (i, own);
                    }
                }
            }

            entries[i] = new Entry(
                offset,
                output.Length,
                report.Year is { } year ? (BodyKey.Of(report.Body), year - 1) : null,
                report.Status == ParseStatus.Unparseable);
            return i;
        }), _ =>
        {
            progress.Advance();
            return Task.CompletedTask;
        });

        lock (spillLock)
        {
            spill.Flush();
        }

        // Pass 2: in input order, the spilled output or, for a report with a previous year, the output again with it.
        var handle = spill.SafeFileHandle;
        await ForEachInOrderAsync(files.Count, i => Task.Run(() =>
        {
            var entry = entries[i];
            if (entry.Previous is { } wanted && figures.TryGetValue(wanted, out var previous))
            {
                return Process(files[i], receivedOn, previous.Figures).Output;
            }

            var bytes = new byte[entry.Length];
            RandomAccess.Read(handle, bytes, entry.Offset);
            return bytes;
        }), async output =>
        {
            await write(output).ConfigureAwait(false);
            progress.Advance();
        }).ConfigureAwait(false);

        return entries.Any(e => e.Unparseable);
    }

    private (AnnualReport Report, byte[] Output) Process(string file, DateTimeOffset receivedOn, PreviousYearFigures? previous)
    {
        // The file is received now: a page date after today is not its publication date.
        var report = new ReportParser().Parse(File.ReadAllBytes(file), Path.GetFileName(file), ParseHints.ReceivedOn(receivedOn));
        var result = _validator.Validate(report, previous);
        if (json)
        {
            return (report, CheckJsonLine.Write(report, file, result));
        }

        using var text = new StringWriter();
        ReportPrinter.Print(text, report, file, result, color);
        return (report, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// Starts <paramref name="start"/> for items 0..count−1, at most a window of them ahead of the oldest unfinished one,
    /// and hands each result to <paramref name="consume"/> in index order (a bounded reorder window).
    /// </summary>
    private async Task ForEachInOrderAsync<T>(int count, Func<int, Task<T>> start, Func<T, Task> consume)
    {
        var window = _parallelism * 4;
        var inFlight = new Queue<Task<T>>(window);
        var next = 0;
        while (next < count || inFlight.Count > 0)
        {
            while (next < count && inFlight.Count < window)
            {
                inFlight.Enqueue(start(next++));
            }

            await consume(await inFlight.Dequeue().ConfigureAwait(false)).ConfigureAwait(false);
        }
    }

    private readonly record struct Entry(long Offset, int Length, (string BodyKey, int Year)? Previous, bool Unparseable);
}
