using System.Runtime.CompilerServices;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Exports;

/// <summary>
/// The findings of the exported reports, in the reports' order, each report's findings in table order. A small selection
/// is read a page of reports at a time: one Findings query (and one Reviews query) per
/// <see cref="PartitionFilter.ReportsPerQuery"/> reports. Above <see cref="StorageOptions.ExportScanAbove"/> reports that is
/// too many queries (59.8 s for 35,825 reports on Azurite, each OR-filtered query costing about 12 ms whatever it returns),
/// so the Findings and Reviews tables are read once each, 1,000 rows per request (the Findings in 16 key ranges, for
/// Azurite's sake), and joined here with the selection:
/// the export's order (body, year, errors…) is not the table's (report id), so the selection's findings are held until
/// their report's turn, as compact records (the exports' columns only, repeated texts kept once).
/// </summary>
public static class ExportPages
{
    public static async IAsyncEnumerable<(StoredReport Report, StoredFinding Finding)> FindingsAsync(
        IReadOnlyList<StoredReport> reports, IFindingRepository findings, int scanAbove, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(findings);
        if (reports.Count > scanAbove)
        {
            await foreach (var row in ScannedAsync(reports, findings, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }

            yield break;
        }

        foreach (var page in reports.Chunk(PartitionFilter.ReportsPerQuery))
        {
            var ofPage = await findings.GetManyAsync(page.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);
            foreach (var report in page)
            {
                foreach (var finding in ofPage.GetValueOrDefault(report.Id) ?? [])
                {
                    yield return (report, finding);
                }
            }
        }
    }

    private static async IAsyncEnumerable<(StoredReport Report, StoredFinding Finding)> ScannedAsync(
        IReadOnlyList<StoredReport> reports, IFindingRepository findings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var selected = reports.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var byReport = new Dictionary<string, List<StoredFinding>>(StringComparer.Ordinal);
        await foreach (var (reportId, finding) in findings.ScanForExportAsync(selected, cancellationToken).ConfigureAwait(false))
        {
            if (!byReport.TryGetValue(reportId, out var ofReport))
            {
                ofReport = byReport[reportId] = [];
            }

            ofReport.Add(finding);
        }

        foreach (var report in reports)
        {
            // Removed once written, so the held findings shrink as the export goes (a report id appears once in the selection).
            if (byReport.Remove(report.Id, out var ofReport))
            {
                foreach (var finding in ofReport)
                {
                    yield return (report, finding);
                }
            }
        }
    }
}
