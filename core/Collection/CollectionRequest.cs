using System.Globalization;

namespace ReportAudit.Core.Collection;

/// <summary>
/// What to collect: report URLs, a body's report column (list page), or CSV rows <c>body,region,url</c> (a header
/// row is optional; each URL may be a report or a column). <see cref="Region"/> and <see cref="Body"/> apply to the
/// URLs and the column; years empty keeps reports of any year.
/// </summary>
public sealed record CollectionRequest(IReadOnlyList<string> Urls, string? ListUrl, string? Csv, string? Region, string? Body, IReadOnlyList<int> Years)
{
    /// <summary>The messages the run starts with, or the reason the request is unusable.</summary>
    public (IReadOnlyList<CollectionMessage> Messages, string? Error) Messages(string run)
    {
        var region = Region is { Length: > 0 } r ? r.Trim() : CollectedBlobName.DefaultRegion;
        var messages = new List<CollectionMessage>();
        foreach (var url in Urls ?? [])
        {
            if (!IsHttp(url))
            {
                return ([], $"不是 http(s) 地址 not an http(s) URL: {url}");
            }

            messages.Add(new CollectionMessage(run, CollectionMessage.Article, url.Trim(), region, Body, Years ?? []));
        }

        if (ListUrl is { Length: > 0 })
        {
            if (!IsHttp(ListUrl))
            {
                return ([], $"不是 http(s) 地址 not an http(s) URL: {ListUrl}");
            }

            messages.Add(new CollectionMessage(run, CollectionMessage.List, ListUrl.Trim(), region, Body, Years ?? []));
        }

        var lineNumber = 0;
        foreach (var line in (Csv ?? string.Empty).Split('\n'))
        {
            lineNumber++;
            var fields = line.Trim().Trim('\uFEFF').Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Length < 3 || !IsHttp(fields[2]))
            {
                if (lineNumber == 1)
                {
                    continue; // the header row
                }

                return ([], $"CSV 第 {lineNumber} 行应为 body,region,url; CSV line {lineNumber} is not body,region,url: {line.Trim()}");
            }

            messages.Add(new CollectionMessage(run, CollectionMessage.Auto, fields[2], fields[1].Length > 0 ? fields[1] : region, fields[0].Length > 0 ? fields[0] : Body, Years ?? []));
        }

        return messages.Count == 0 ? ([], "没有要采集的地址 nothing to collect: give urls, listUrl or csv") : (messages, null);
    }

    /// <summary>Years from <c>2023,2024</c>; null when one is not a year.</summary>
    public static IReadOnlyList<int>? ParseYears(string? text)
    {
        var years = new List<int>();
        foreach (var part in (text ?? string.Empty).Split(',', ' ', '，'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            {
                return null;
            }

            years.Add(year);
        }

        return years;
    }

    private static bool IsHttp(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}
