using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Summaries;

/// <summary>Lists and reads reports, and gives a body's history across years (read-only; reviews are <see cref="Reviews.FindingReviewService"/>).</summary>
public sealed class ReportQueryService(
    IReportRepository reports,
    IFindingRepository findings,
    IParsedReportStore parsed,
    IReportFileStore files,
    IBodyIndex bodies)
{
    /// <summary>Most reports sorted in memory for one query; filters narrow a real selection far below this.</summary>
    public const int MaxSorted = 20_000;

    public async Task<ReportPage> ListAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = await MatchingAsync(query, MaxSorted, cancellationToken).ConfigureAwait(false);
        var sorted = Sort(matching, query.Sort).Skip(query.Offset).Take(query.PageSize).Select(ReportListItem.From).ToList();
        var next = query.Offset + sorted.Count;
        return new ReportPage(sorted, next < matching.Count ? ReportQuery.Token(next) : null, matching.Count);
    }

    /// <summary>Every report matching the query, sorted (for the exports).</summary>
    public async Task<IReadOnlyList<StoredReport>> AllAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Sort(await MatchingAsync(query, int.MaxValue, cancellationToken).ConfigureAwait(false), query.Sort).ToList();
    }

    /// <summary>The reports the table filter returns, narrowed by rule (which the table cannot filter), up to a limit.</summary>
    private async Task<List<StoredReport>> MatchingAsync(ReportQuery query, int limit, CancellationToken cancellationToken)
    {
        var matching = new List<StoredReport>();
        await foreach (var report in reports.QueryAsync(query.Criteria, cancellationToken).ConfigureAwait(false))
        {
            if ((query.Rule is null || report.FiredRules.Contains(query.Rule)) && (query.IncludeDeleted || !report.SourceDeleted))
            {
                matching.Add(report);
                if (matching.Count >= limit)
                {
                    break;
                }
            }
        }

        return matching;
    }

    private static IEnumerable<StoredReport> Sort(List<StoredReport> items, string sort)
    {
        var descending = sort.StartsWith('-');
        IOrderedEnumerable<StoredReport> ordered = sort.TrimStart('-') switch
        {
            "year" => descending ? items.OrderByDescending(r => r.Year) : items.OrderBy(r => r.Year),
            "verdict" => descending ? items.OrderByDescending(r => VerdictOrder.Rank(r.Verdict)) : items.OrderBy(r => VerdictOrder.Rank(r.Verdict)),
            "errors" => descending ? items.OrderByDescending(r => r.Errors).ThenByDescending(r => r.Warnings) : items.OrderBy(r => r.Errors).ThenBy(r => r.Warnings),
            "publishedOn" => descending ? items.OrderByDescending(r => r.PublishedOn) : items.OrderBy(r => r.PublishedOn),
            "region" => descending ? items.OrderByDescending(r => r.Region, StringComparer.Ordinal) : items.OrderBy(r => r.Region, StringComparer.Ordinal),
            "processedAt" => descending ? items.OrderByDescending(r => r.ProcessedAt) : items.OrderBy(r => r.ProcessedAt),
            _ => descending ? items.OrderByDescending(r => r.BodyKey, StringComparer.Ordinal) : items.OrderBy(r => r.BodyKey, StringComparer.Ordinal),
        };
        return ordered.ThenBy(r => r.Id, StringComparer.Ordinal);
    }



    /// <summary>One report: its row, the parsed model, the findings with reviews, and a link to the original.</summary>
    public async Task<JsonObject?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var report = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return null;
        }

        var model = await parsed.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var stored = await findings.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var modelNode = model is null || report.Status == ReportStatus.Unparseable ? null : JsonNode.Parse(model);
        var truncated = DetailLimit.Apply(modelNode);
        return new JsonObject
        {
            ["truncated"] = truncated,
            ["maxChars"] = DetailLimit.MaxChars,
            ["report"] = JsonSerializerNode(ReportListItem.From(report)),
            ["model"] = modelNode,
            ["findings"] = JsonSerializerNode(stored.Select(FindingView.From).OrderByDescending(f => f.Severity == EnumNames.Name(Severity.Error)).ThenByDescending(f => f.Severity == EnumNames.Name(Severity.Warning)).ToList()),
            ["originalUrl"] = files.LinkTo(report.BlobPath).ToString(),
            ["versions"] = await VersionsAsync(report, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>The versions of the report's body-year, oldest first, each with what changed since the one before.</summary>
    private async Task<JsonArray> VersionsAsync(StoredReport report, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        if (report.Year is not { } year || report.BodyKey.Length == 0)
        {
            return list;
        }

        foreach (var v in await bodies.GetVersionsAsync(report.BodyKey, year, cancellationToken).ConfigureAwait(false))
        {
            list.Add(new JsonObject
            {
                ["number"] = v.Number,
                ["reportId"] = v.ReportId,
                ["blobPath"] = v.BlobPath,
                ["receivedAt"] = v.ReceivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["isThis"] = v.ReportId == report.Id && v.ContentHash == report.ContentHash,
                ["changedCells"] = v.Change is null ? null : new JsonArray(v.Change.Cells.Select(c => (JsonNode)new JsonObject
                {
                    ["section"] = c.Section,
                    ["table"] = c.Table,
                    ["row"] = c.Row,
                    ["column"] = c.Column,
                    ["label"] = Validation.Rules.VersionChangedRule.Label(c),
                    ["before"] = c.Before,
                    ["after"] = c.After,
                }).ToArray<JsonNode?>()),
                ["moreChangedCells"] = v.Change?.MoreCells,
                ["changedSections"] = v.Change is null ? null : new JsonArray(v.Change.Sections.Select(n => (JsonNode)JsonValue.Create(n)).ToArray<JsonNode?>()),
            });
        }

        return list;
    }

    /// <summary>A body's reports by year, with the year-over-year change of its key figures.</summary>
    public async Task<JsonObject?> GetBodyAsync(string key, CancellationToken cancellationToken = default)
    {
        var bodyKey = BodyKey.Of(key);
        var years = await bodies.GetBodyAsync(bodyKey, cancellationToken).ConfigureAwait(false);
        if (years.Count == 0)
        {
            return null;
        }

        var changes = new JsonArray();
        for (var i = 1; i < years.Count; i++)
        {
            var (before, after) = (years[i - 1], years[i]);
            foreach (var figure in KeyFigureLabels.Keys)
            {
                var a = Figure(before.KeyFigures, figure);
                var b = Figure(after.KeyFigures, figure);
                if (a is null && b is null)
                {
                    continue;
                }

                changes.Add(new JsonObject
                {
                    ["figure"] = figure,
                    ["label"] = KeyFigureLabels[figure],
                    ["from"] = before.Year,
                    ["to"] = after.Year,
                    ["before"] = a,
                    ["after"] = b,
                    ["change"] = (b ?? 0) - (a ?? 0),
                });
            }
        }

        // Every report of each year (versions and duplicates), the current one first; added beside the year's current report.
        var reports = await bodies.GetReportsAsync(bodyKey, cancellationToken).ConfigureAwait(false);

        var crossYear = new JsonArray();
        foreach (var year in years)
        {
            foreach (var f in await findings.GetAsync(year.ReportId, cancellationToken).ConfigureAwait(false))
            {
                if (f.Finding.RuleId.StartsWith("crossyear.", StringComparison.Ordinal))
                {
                    crossYear.Add(JsonSerializerNode(new { year = year.Year, reportId = year.ReportId, finding = FindingView.From(f) }));
                }
            }
        }

        return new JsonObject
        {
            ["bodyKey"] = bodyKey,
            ["body"] = years[^1].Body,
            ["years"] = JsonSerializerNode(years.Select(y => new
            {
                year = y.Year,
                reportId = y.ReportId,
                region = y.Region,
                verdict = EnumNames.Name(y.Verdict),
                figures = new { applications = y.KeyFigures.Applications, reviewLitigation = y.KeyFigures.ReviewLitigation },
                reports = reports.Where(r => r.Year == y.Year).Select(r => new
                {
                    reportId = r.ReportId,
                    blobPath = r.BlobPath,
                    body = r.Body,
                    verdict = EnumNames.Name(r.Verdict),
                    version = r.Version,
                    publishedOn = r.PublishedOn,
                    current = r.Current,
                }).ToList(),
            }).ToList()),
            ["changes"] = changes,
            ["crossYearFindings"] = crossYear,
        };
    }

    /// <summary>
    /// A body's years side by side (<see cref="YearOverYear"/>): every cell of each year's stored parsed model and the
    /// similarity of each section's text to the year before's. Null when the body has no reports.
    /// </summary>
    public async Task<JsonObject?> GetBodyYearsAsync(string key, CancellationToken cancellationToken = default)
    {
        var bodyKey = BodyKey.Of(key);
        var years = await bodies.GetBodyAsync(bodyKey, cancellationToken).ConfigureAwait(false);
        if (years.Count == 0)
        {
            return null;
        }

        var models = new List<(int Year, string ReportId, JsonObject? Parsed)>(years.Count);
        foreach (var year in years)
        {
            var model = await parsed.GetAsync(year.ReportId, cancellationToken).ConfigureAwait(false);
            models.Add((year.Year, year.ReportId, model is null ? null : JsonNode.Parse(model) as JsonObject));
        }

        var comparison = YearOverYear.Build(models);
        comparison["bodyKey"] = bodyKey;
        comparison["body"] = years[^1].Body;
        return comparison;
    }

    /// <summary>The key figures compared across years: applications received, each outcome, reviews and lawsuits.</summary>
    public static readonly IReadOnlyDictionary<string, string> KeyFigureLabels = BuildKeyFigureLabels();

    private static Dictionary<string, string> BuildKeyFigureLabels()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TemplateCatalog.Applications2021.Concat(TemplateCatalog.Applications2019))
        {
            labels.TryAdd("app." + row.Key, row.Label);
        }

        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            labels["rl." + group + ".total"] = TemplateCatalog.ReviewGroupLabels[group] + "总计";
        }

        return labels;
    }

    private static long? Figure(KeyFigures figures, string key) =>
        key.StartsWith("app.", StringComparison.Ordinal)
            ? figures.Applications.TryGetValue(key[4..], out var a) ? a : null
            : figures.ReviewLitigation.TryGetValue(key[3..], out var r) ? r : null;

    private static JsonNode? JsonSerializerNode<T>(T value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Serialization.JsonDefaults.Web);
}
