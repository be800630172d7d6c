
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>
/// What one report adds to the summary counters of the (year, region) it belongs to: counts by status,
/// verdict, severity, rule and date status, and its key figures. Subtracting a report's old
/// contribution and adding its new one keeps the aggregates right without rescanning.
/// </summary>
public static class AggregateCounters
{
    public const string AllYears = "all";
    public const string AllRegions = "_all";

    public static Dictionary<string, long> Of(StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var counters = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["reports"] = 1,
            ["status." + EnumNames.Name(report.Status)] = 1,
            ["verdict." + EnumNames.Name(report.Verdict)] = 1,
            ["severity." + EnumNames.Name(Severity.Error)] = report.Errors,
            ["severity." + EnumNames.Name(Severity.Warning)] = report.Warnings,
            ["severity." + EnumNames.Name(Severity.Notice)] = report.Notices,
            ["date." + EnumNames.Name(report.DateStatus)] = 1,
            ["year." + (report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown")] = 1,
        };
        if (report.Region.Length > 0)
        {
            counters["region." + report.Region] = 1;
        }

        foreach (var rule in report.FiredRules)
        {
            counters["rule." + rule] = 1;
        }

        foreach (var (row, value) in report.Figures.Applications)
        {
            counters["app." + row] = value;
        }

        foreach (var (cell, value) in report.Figures.ReviewLitigation)
        {
            counters["rl." + cell] = value;
        }

        foreach (var (key, amount) in report.Figures.Amounts)
        {
            // Summed in 元 (kept as 分, the counters being whole numbers); an amount without a stated unit is counted, not summed.
            if (amount.Yuan is { } yuan && Math.Abs(yuan) < MaxYuan)
            {
                counters[AmountPrefix + key + ".fen"] = (long)Math.Round(yuan * 100m, MidpointRounding.AwayFromZero);
                counters[AmountPrefix + key + ".reports"] = 1;
            }
            else
            {
                counters[AmountPrefix + key + ".no-unit"] = 1;
            }
        }

        return counters;
    }

    public const string AmountPrefix = "amount.";

    /// <summary>Beyond this an amount in 分 would not fit the counters (no real report comes near).</summary>
    private const decimal MaxYuan = long.MaxValue / 1000m;

    /// <summary>The aggregate rows a report counts in: its year and all years, its region and all regions.</summary>
    public static IEnumerable<(string Year, string Region)> RowsOf(StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.SourceDeleted)
        {
            yield break; // a report whose file was deleted no longer counts anywhere.
        }

        var year = report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
        foreach (var y in new[] { year, AllYears })
        {
            yield return (y, AllRegions);
            if (report.Region.Length > 0)
            {
                yield return (y, report.Region);
            }
        }
    }

    /// <summary>Adds <paramref name="sign"/> × the contribution into <paramref name="into"/>, dropping counters that reach zero.</summary>
    public static void Add(Dictionary<string, long> into, Dictionary<string, long> contribution, int sign)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(contribution);
        foreach (var (key, value) in contribution)
        {
            var total = into.GetValueOrDefault(key) + (sign * value);
            if (total == 0)
            {
                into.Remove(key);
            }
            else
            {
                into[key] = total;
            }
        }
    }
}
