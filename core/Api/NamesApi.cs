using System.Text.Json;
using ReportAudit.Core.Model;
using ReportAudit.Core.Tracking;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Api;

/// <summary>
/// <c>GET /api/names</c>: every domain enum's names with their Chinese and English labels, from <see cref="EnumNames"/>,
/// so that the dashboard labels, filters and sorts with the names the API stores and serves instead of its own copy.
/// </summary>
public static class NamesApi
{
    public static string Json { get; } = JsonSerializer.Serialize(
        new
        {
            statuses = EnumNames.Entries<ReportStatus>(),
            verdicts = EnumNames.Entries<Verdict>(),
            verdictsWorstFirst = VerdictOrder.WorstFirst.Select(EnumNames.Name),

            // Worst first, as the summary and the filters list them.
            severities = EnumNames.Entries<Severity>().Reverse(),
            dateStatuses = EnumNames.Entries<Storage.DateStatus>(),
            trackingStates = EnumNames.Entries<FindingState>(),
        },
        ApiResult.Json);

    public static ApiResult Result => ApiResult.Text("application/json; charset=utf-8", Json);
}
