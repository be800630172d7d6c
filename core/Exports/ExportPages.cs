using System.Runtime.CompilerServices;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Exports;

/// <summary>
/// The findings of the exported reports, read a page of reports at a time: one Findings query (and one Reviews query)
/// per <see cref="PartitionFilter.ReportsPerQuery"/> reports instead of one per report, which made findings.csv take
/// 1 s at 590 reports and grow linearly. Rows come out in the reports' order, each report's findings in table order.
/// </summary>
public static class ExportPages
{
    public static async IAsyncEnumerable<(StoredReport Report, StoredFinding Finding)> FindingsAsync(
        IReadOnlyList<StoredReport> reports, IFindingRepository findings, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(findings);
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
}
