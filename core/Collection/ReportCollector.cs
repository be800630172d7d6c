using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Collection;

/// <summary>
/// The fetch loop for one message: a column is read page by page and its report items of the years asked for come
/// back as new messages; an article is fetched, stored when its body holds the report (or when it is all there is),
/// and its PDF/Word/WPS attachments fetched and stored too. Every URL ends with one outcome in the collection log.
/// Idempotent: the same content is stored once (SHA-256 in the blob metadata and the log), so a retried message
/// changes nothing; changed content at the same URL overwrites its blob and becomes a new version of the report.
/// </summary>
public sealed class ReportCollector(PoliteFetcher fetcher, ICollectedFileStore files, ICollectionLog log, IOptions<CollectionOptions> options, TimeProvider time)
{
    /// <summary>Blob metadata keys written with every collected file (values percent-encoded where not ASCII).</summary>
    public const string SourceMetadataKey = "source";
    public const string FetchedAtMetadataKey = "fetchedAt";
    public const string RunMetadataKey = "collectionRun";

    public async Task<IReadOnlyList<CollectionMessage>> ProcessAsync(CollectionMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var url = new Uri(message.Url);
        var first = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!first.Succeeded)
        {
            await RecordAsync(message, message.Url, message.Kind == CollectionMessage.List ? CollectionMessage.List : CollectionMessage.Article, first.Outcome!.Value, first.Detail, first, cancellationToken).ConfigureAwait(false);
            return [];
        }

        return message.Kind == CollectionMessage.List
            ? await ReadColumnAsync(message, first, cancellationToken).ConfigureAwait(false)
            : await ReadArticleAsync(message, first, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<CollectionMessage>> ReadColumnAsync(CollectionMessage message, FetchResult first, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Uri, string>();
        var visited = new HashSet<Uri> { new(message.Url), first.FinalUrl };
        var pending = new Queue<(Uri Url, FetchResult? Fetched)>();
        pending.Enqueue((first.FinalUrl, first));
        var pages = 0;
        while (pending.Count > 0 && pages < options.Value.MaxListPages)
        {
            var (pageUrl, fetched) = pending.Dequeue();
            var page = fetched ?? await fetcher.FetchAsync(pageUrl, cancellationToken).ConfigureAwait(false);
            if (!page.Succeeded)
            {
                await RecordAsync(message, pageUrl.AbsoluteUri, CollectionMessage.List, page.Outcome!.Value, page.Detail, page, cancellationToken).ConfigureAwait(false);
                continue;
            }

            pages++;
            var list = ListPageReader.Read(PageDecoder.Decode(page.Content.Span, page.ContentType).Text, page.FinalUrl);
            foreach (var item in list.Items.Where(i => ReportTitle.IsWanted(i.Text, message.Years) || ReportTitle.MayBeWanted(i.Text, message.Years)))
            {
                found.TryAdd(item.Url, item.Text);
            }

            foreach (var other in list.OtherPages.Where(visited.Add))
            {
                pending.Enqueue((other, null));
            }
        }

        var more = pending.Count > 0 ? $"；已达页数上限 {options.Value.MaxListPages}，余下 {pending.Count} 页未读 page limit reached, {pending.Count} pages left" : string.Empty;
        await RecordAsync(message, message.Url, CollectionMessage.List, CollectionOutcome.Listed, $"读取 {pages} 页，找到 {found.Count} 份所需年度的报告 read {pages} pages, found {found.Count} reports of the years asked{more}", first, cancellationToken).ConfigureAwait(false);
        return [.. found.Select(f => message with { Kind = CollectionMessage.Article, Url = f.Key.AbsoluteUri, Title = f.Value })];
    }

    private async Task<IReadOnlyList<CollectionMessage>> ReadArticleAsync(CollectionMessage message, FetchResult fetched, CancellationToken cancellationToken)
    {
        var bytes = fetched.Content.Span;
        var isFile = bytes.StartsWith("%PDF-"u8) || bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 });
        if (isFile)
        {
            await StoreAsync(message, message.Url, CollectionMessage.Article, message.Title, fetched, cancellationToken).ConfigureAwait(false);
            return [];
        }

        var text = PageDecoder.Decode(bytes, fetched.ContentType).Text;
        var article = ArticlePageReader.Read(text, fetched.FinalUrl);
        var wanted = ReportTitle.IsWanted(article.Title, message.Years) || (ReportTitle.YearOf(article.Title) is null && ReportTitle.IsWanted(message.Title, message.Years));
        if (!wanted)
        {
            if (message.Kind == CollectionMessage.Auto && ListPageReader.Read(text, fetched.FinalUrl).Items.Any(i => ReportTitle.IsWanted(i.Text, message.Years)))
            {
                return await ReadColumnAsync(message with { Kind = CollectionMessage.List }, fetched, cancellationToken).ConfigureAwait(false);
            }

            var reason = ReportTitle.YearOf(article.Title) is { } year
                ? $"{year} 年度的报告，不在所需年度 {string.Join(',', message.Years)} 内 a report of {year}, not of the years asked"
                : "标题不是政府信息公开工作年度报告 the title is not an annual report's";
            await RecordAsync(message with { Title = article.Title }, message.Url, CollectionMessage.Article, CollectionOutcome.NotAReport, $"{reason}: {article.Title}", fetched, cancellationToken).ConfigureAwait(false);
            return [];
        }

        var titled = message with { Title = article.Title.Length > 0 ? article.Title : message.Title };
        if (article.HoldsReport || article.Attachments.Count == 0)
        {
            // A page without the report's sections and without attachments may hold the tables as images: it is all
            // there is, so it is stored, and the pipeline says what it could not read.
            await StoreAsync(titled, message.Url, CollectionMessage.Article, titled.Title, fetched, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await RecordAsync(titled, message.Url, CollectionMessage.Article, CollectionOutcome.NotAReport, $"正文无报告内容，报告在 {article.Attachments.Count} 个附件中 the body holds no report; it is in {article.Attachments.Count} attachment(s)", fetched, cancellationToken).ConfigureAwait(false);
        }

        foreach (var attachment in article.Attachments)
        {
            var file = await fetcher.FetchAsync(attachment.Url, cancellationToken).ConfigureAwait(false);
            if (file.Succeeded)
            {
                await StoreAsync(titled, attachment.Url.AbsoluteUri, "attachment", attachment.Text, file, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await RecordAsync(titled with { Title = attachment.Text }, attachment.Url.AbsoluteUri, "attachment", file.Outcome!.Value, file.Detail, file, cancellationToken).ConfigureAwait(false);
            }
        }

        return [];
    }

    private async Task StoreAsync(CollectionMessage message, string url, string kind, string? title, FetchResult fetched, CancellationToken cancellationToken)
    {
        var content = fetched.Content;
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var path = CollectedBlobName.For(message.Region, fetched.FinalUrl, content.Span);
        var titled = message with { Title = title };
        if (await log.FindStoredAsync(sha, cancellationToken).ConfigureAwait(false) is { } known && await files.ExistsAsync(known.BlobPath, cancellationToken).ConfigureAwait(false))
        {
            // The same message run again (a queue retry) finds its own file: that is still "stored", not a duplicate.
            var again = known.Run == message.Run && known.Url == url;
            await RecordAsync(titled, url, kind, again ? CollectionOutcome.Stored : CollectionOutcome.Skipped,
                again ? "已保存 stored" : $"相同内容已保存于 same content already stored at {known.BlobPath}", fetched, cancellationToken, known.BlobPath, sha).ConfigureAwait(false);
            return;
        }

        if (await files.StoredHashAsync(path, cancellationToken).ConfigureAwait(false) == sha)
        {
            await log.RememberStoredAsync(sha, path, message.Run, url, cancellationToken).ConfigureAwait(false);
            await RecordAsync(titled, url, kind, CollectionOutcome.Skipped, $"相同内容已保存于 same content already stored at {path}", fetched, cancellationToken, path, sha).ConfigureAwait(false);
            return;
        }

        var metadata = new Dictionary<string, string>
        {
            [SourceMetadataKey] = Ascii(fetched.FinalUrl.AbsoluteUri),
            [FetchedAtMetadataKey] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            [Storage.Blobs.BlobCollectedFileStore.HashMetadataKey] = sha,
            [RunMetadataKey] = Ascii(message.Run),
        };
        if (!string.IsNullOrWhiteSpace(message.Body))
        {
            metadata[Ingestion.UploadedBlob.BodyMetadataKey] = Uri.EscapeDataString(message.Body.Trim());
        }

        await files.StoreAsync(path, content, metadata, cancellationToken).ConfigureAwait(false);
        await log.RememberStoredAsync(sha, path, message.Run, url, cancellationToken).ConfigureAwait(false);
        await RecordAsync(titled, url, kind, CollectionOutcome.Stored, $"已保存 stored ({content.Length} 字节 bytes)", fetched, cancellationToken, path, sha).ConfigureAwait(false);
    }

    private Task RecordAsync(CollectionMessage message, string url, string kind, CollectionOutcome outcome, string detail, FetchResult? fetched, CancellationToken cancellationToken, string? blobPath = null, string? sha = null) =>
        log.RecordAsync(
            new CollectionLogEntry(message.Run, url, kind, outcome, detail, time.GetUtcNow())
            {
                Region = message.Region,
                Body = message.Body,
                Title = message.Title,
                FinalUrl = fetched is not null && fetched.FinalUrl.AbsoluteUri != url ? fetched.FinalUrl.AbsoluteUri : null,
                HttpStatus = fetched?.Status,
                BlobPath = blobPath,
                Sha256 = sha,
            },
            cancellationToken);

    /// <summary>Metadata values are ASCII: anything else is percent-encoded (a URL's own escapes stay as they are).</summary>
    private static string Ascii(string value) => value.All(char.IsAscii) ? value : Uri.EscapeDataString(value);
}
