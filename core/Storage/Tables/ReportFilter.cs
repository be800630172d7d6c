using Azure.Data.Tables;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Builds the Table Storage filter of report criteria, only with the SDK's parameterised
/// <see cref="TableClient.CreateQueryFilter(FormattableString)"/>: a quote in a body's name is data, never syntax.
/// </summary>
public static class ReportFilter
{
    /// <summary>The filter, or empty for every row (the table holds report rows only).</summary>
    public static string Build(ReportCriteria query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        if (query.Year is { } year)
        {
            parts.Add(TableClient.CreateQueryFilter($"Year eq {year}"));
        }

        if (query.Region is { } region)
        {
            parts.Add(TableClient.CreateQueryFilter($"Region eq {region}"));
        }

        if (query.Body is { } body)
        {
            parts.Add(TableClient.CreateQueryFilter($"BodyKey eq {BodyKey.Of(body)}"));
        }

        if (query.Status is { } status)
        {
            parts.Add(TableClient.CreateQueryFilter($"Status eq {EnumNames.Name(status)}"));
        }

        if (query.Verdict is { } verdict)
        {
            parts.Add(TableClient.CreateQueryFilter($"Verdict eq {EnumNames.Name(verdict)}"));
        }

        switch (query.Severity)
        {
            case Severity.Error:
                parts.Add(TableClient.CreateQueryFilter($"Errors gt {0}"));
                break;
            case Severity.Warning:
                parts.Add(TableClient.CreateQueryFilter($"Warnings gt {0}"));
                break;
            case Severity.Notice:
                parts.Add(TableClient.CreateQueryFilter($"Notices gt {0}"));
                break;
        }

        return parts.Count == 0 ? string.Empty : string.Join(" and ", parts);
    }
}
