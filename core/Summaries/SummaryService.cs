using System.Globalization;
using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Summaries;

/// <summary>
/// <c>GET /api/summary</c>: read from the aggregate rows (one point query) plus the roster check
/// (one point query per expected body), never by scanning the reports.
/// </summary>
public sealed class SummaryService(IReportAggregates aggregates, IRosterStore roster, IBodyIndex bodies, ReportValidator validator, DeadlinePolicy deadlines, TimeProvider time)
{
    public const int TopRules = 10;

    public async Task<JsonObject> GetAsync(int? year, string? region, CancellationToken cancellationToken = default)
    {
        var row = await aggregates.GetAsync(
            year?.ToString(CultureInfo.InvariantCulture) ?? AggregateCounters.AllYears,
            string.IsNullOrEmpty(region) ? AggregateCounters.AllRegions : region,
            cancellationToken).ConfigureAwait(false);
        var all = await aggregates.GetAsync(AggregateCounters.AllYears, AggregateCounters.AllRegions, cancellationToken).ConfigureAwait(false);
        var c = row.Counters;
        var titles = validator.Catalogue.ToDictionary(r => r.Id, StringComparer.Ordinal);

        var reportingYear = year ?? (time.GetUtcNow().Year - 1);
        var missing = await MissingBodiesAsync(reportingYear, region, cancellationToken).ConfigureAwait(false);

        return new JsonObject
        {
            ["year"] = year,
            ["region"] = region ?? string.Empty,
            ["reports"] = c.GetValueOrDefault("reports"),
            ["byStatus"] = Group(c, "status.", ReportQuery.Statuses),
            ["byVerdict"] = Group(c, "verdict.", ReportQuery.Verdicts),
            ["findingsBySeverity"] = Group(c, "severity.", ReportQuery.Severities),
            ["topRules"] = new JsonArray(c.Where(kv => kv.Key.StartsWith("rule.", StringComparison.Ordinal))
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(TopRules)
                .Select(kv =>
                {
                    var id = kv.Key[5..];
                    var rule = titles.GetValueOrDefault(id);
                    return (JsonNode)new JsonObject
                    {
                        ["rule"] = id,
                        ["title"] = rule?.TitleZh ?? id,
                        ["titleEn"] = rule?.TitleEn,
                        ["severity"] = rule is null ? null : EnumNames.Name(rule.Severity),
                        ["reports"] = kv.Value,
                    };
                }).ToArray<JsonNode?>()),
            ["dates"] = new JsonObject
            {
                ["late"] = c.GetValueOrDefault("date." + EnumNames.Name(DateStatus.Late)),
                ["impossible"] = c.GetValueOrDefault("date." + EnumNames.Name(DateStatus.Impossible)),
                ["onTime"] = c.GetValueOrDefault("date." + EnumNames.Name(DateStatus.OnTime)),
                ["unknown"] = c.GetValueOrDefault("date." + EnumNames.Name(DateStatus.Unknown)),
            },
            ["dateIssues"] = System.Text.Json.JsonSerializer.SerializeToNode(row.DateIssues.Values.OrderBy(d => d.Body, StringComparer.Ordinal).ToList(), Serialization.JsonDefaults.Web),
            ["reportingYear"] = reportingYear,
            ["missingBodies"] = missing,
            ["statistics"] = new JsonObject
            {
                ["applications"] = Prefixed(c, "app."),
                ["reviewLitigation"] = Prefixed(c, "rl."),
                ["amounts"] = Amounts(c),
            },
            ["years"] = new JsonArray(all.Counters.Keys.Where(k => k.StartsWith("year.", StringComparison.Ordinal) && k != "year.unknown")
                .Select(k => int.Parse(k[5..], CultureInfo.InvariantCulture)).Order().Select(y => (JsonNode)y).ToArray<JsonNode?>()),
            ["regions"] = new JsonArray(all.Counters.Keys.Where(k => k.StartsWith("region.", StringComparison.Ordinal))
                .Select(k => (JsonNode)k[7..]).ToArray<JsonNode?>()),
        };
    }

    /// <summary>Bodies on the roster with no report for the year, with the days left to their own deadline.</summary>
    public async Task<JsonArray> MissingBodiesAsync(int reportingYear, string? region, CancellationToken cancellationToken)
    {
        var expected = (await roster.GetAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => string.IsNullOrEmpty(region) || e.Region == region).ToList();
        var present = new bool[expected.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, expected.Count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
            present[i] = await bodies.ExistsAsync(expected[i].BodyKey, reportingYear, ct).ConfigureAwait(false));

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var missing = new JsonArray();
        for (var i = 0; i < expected.Count; i++)
        {
            if (present[i])
            {
                continue;
            }

            var deadline = deadlines.For(expected[i].Body, null, reportingYear, expected[i].Kind, expected[i].Region);
            missing.Add(new JsonObject
            {
                ["body"] = expected[i].Body,
                ["region"] = expected[i].Region,
                ["deadline"] = deadline.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["deadlineReason"] = deadline.Reason,
                ["daysLeft"] = deadline.Date.DayNumber - today.DayNumber,
            });
        }

        return missing;
    }

    private static JsonObject Group(Dictionary<string, long> counters, string prefix, IEnumerable<string> names)
    {
        var group = new JsonObject();
        foreach (var name in names)
        {
            group[name] = counters.GetValueOrDefault(prefix + name);
        }

        return group;
    }

    /// <summary>
    /// Section 二's amounts summed over the selection in 元, e.g. <c>"procurement.amount": {"yuan": 75481832.52, "reports": 2, "noUnit": 1}</c>:
    /// <c>noUnit</c> reports state an amount without a unit and are left out of the sum.
    /// </summary>
    private static JsonObject Amounts(Dictionary<string, long> counters)
    {
        var result = new JsonObject();
        var keys = counters.Keys.Where(k => k.StartsWith(AggregateCounters.AmountPrefix, StringComparison.Ordinal))
            .Select(k => k[AggregateCounters.AmountPrefix.Length..k.LastIndexOf('.')]).Distinct().Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var prefix = AggregateCounters.AmountPrefix + key;
            result[key] = new JsonObject
            {
                ["yuan"] = counters.GetValueOrDefault(prefix + ".fen") / 100m,
                ["reports"] = counters.GetValueOrDefault(prefix + ".reports"),
                ["noUnit"] = counters.GetValueOrDefault(prefix + ".no-unit"),
            };
        }

        return result;
    }

    private static JsonObject Prefixed(Dictionary<string, long> counters, string prefix)
    {
        var result = new JsonObject();
        foreach (var (key, value) in counters.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            result[key[prefix.Length..]] = value;
        }

        return result;
    }
}
