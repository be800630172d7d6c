using ReportAudit.Core.Model;
using System.Text.Json;
using ReportAudit.Core.Collection;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Api;

/// <summary>The collection routes: start a queued collection job, list a run's outcomes (or the recent runs).</summary>
public sealed class CollectionApi(CollectionService collection, ICollectionLog log)
{
    /// <summary>
    /// <c>POST /api/collect</c> with <c>{"urls": [...], "listUrl": "...", "csv": "body,region,url\n...", "region": "hebei",
    /// "body": "...", "years": [2023, 2024]}</c> (years also as <c>"2023,2024"</c>): 202 with the run id.
    /// </summary>
    public async Task<ApiResult> StartAsync(string json, CancellationToken cancellationToken)
    {
        CollectionRequest request;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ApiResult.BadRequest("body", "请求体应为 JSON 对象 the body must be a JSON object");
            }

            var urls = root.TryGetProperty("urls", out var u) && u.ValueKind == JsonValueKind.Array
                ? u.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? string.Empty : string.Empty).ToArray()
                : [];
            IReadOnlyList<int>? years = [];
            if (root.TryGetProperty("years", out var y))
            {
                years = y.ValueKind switch
                {
                    JsonValueKind.Array => CollectionRequest.ParseYears(string.Join(',', y.EnumerateArray().Select(e => e.ToString()))),
                    JsonValueKind.String => CollectionRequest.ParseYears(y.GetString()),
                    JsonValueKind.Number => CollectionRequest.ParseYears(y.ToString()),
                    _ => null,
                };
            }

            if (years is null)
            {
                return ApiResult.BadRequest("years", "年度应为 2000–2100 的整数 years must be whole years such as [2023, 2024]");
            }

            request = new CollectionRequest(urls, Text(root, "listUrl"), Text(root, "csv"), Text(root, "region"), Text(root, "body"), years);
        }
        catch (JsonException e)
        {
            return ApiResult.BadRequest("body", $"JSON 无效 invalid JSON: {e.Message}");
        }

        var (run, error) = await collection.EnqueueAsync(request, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return ApiResult.BadRequest("body", error ?? string.Empty);
        }

        var accepted = ApiResult.Ok(new { run = run.Run, queued = run.Queued, startedAt = run.StartedAt, status = "/api/collection?run=" + Uri.EscapeDataString(run.Run) });
        return accepted with { Status = 202 };
    }

    /// <summary>
    /// <c>GET /api/collection?run=…</c>: the run's outcome per URL, with counts, and the recent runs (without <c>run</c>: the
    /// latest). With <c>copies=true</c> the copies of each report the run stored are compared (reading their parsed models)
    /// and their rows refreshed.
    /// </summary>
    public async Task<ApiResult> ListAsync(string? run, bool withCopies, CancellationToken cancellationToken)
    {
        var runs = await log.RecentRunsAsync(20, cancellationToken).ConfigureAwait(false);
        var chosen = run is { Length: > 0 } ? run : runs.FirstOrDefault()?.Run;
        var entries = chosen is null ? [] : await log.ListAsync(chosen, cancellationToken).ConfigureAwait(false);
        if (run is { Length: > 0 } && entries.Count == 0 && runs.All(r => r.Run != run))
        {
            return ApiResult.NotFound($"没有采集批次 no collection run {run}");
        }

        // The copies of each report (page and attachments): which is the report of record, where they disagree.
        var copies = chosen is null || !withCopies ? [] : await collection.CompareCopiesAsync(chosen, cancellationToken).ConfigureAwait(false);
        return ApiResult.Ok(new
        {
            run = chosen,
            copies,
            counts = entries.GroupBy(e => EnumNames.Name(e.Outcome)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            items = entries,
            runs,
        });
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
