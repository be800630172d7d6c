using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Finds the body, title, year and publication date where real pages carry them. The body, in the order of trust: the
/// uploader's (blob metadata or upload path), the report's own title (a heading or centred line, the first title-like
/// line or the line above it, the page's <c>&lt;title&gt;</c> without the site suffix, <c>ArticleTitle</c>), a page field
/// (发布机构, 发文机关, 来源), the signature. An office that published for its government (来源：某某区管委会办公室 on
/// 某某区2024年度…年度报告) loses to the title. The year comes from the title before the narrative. The date: the
/// page's 发布时间 / 发布日期 / 时间 / 公开日期 / 成文日期 fields, the PubDate meta tag, then the signature; print, crawl
/// and generation dates are never read, and a date after the file was received (or a page date before the report
/// year) is dropped with a notice. What the page does not say stays empty. Only the preamble and the end are read.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] Chrome = ["当前位置", "您的位置", "首页", "索引号", "分类", "主题词", "扫一扫", "打印", "关闭", "字号", "浏览", "访问", ">", "》"];

    private static readonly string[] TitleLabels = ["标题", "名称", "文章标题"];

    /// <summary>来源 values that name the site, not a body.</summary>
    private static readonly string[] NotABody = ["本站", "本网", "原创", "转载", "网络", "其他", "其它"];

    /// <summary>Titles that name the writer only as itself (本局2023年…); 本溪市 is a city.</summary>
    private static readonly string[] OwnBody = ["本机关", "本单位", "本部门", "本局", "本委", "本办", "本院", "本级", "本区", "本市", "本县", "本镇", "本乡", "本街道"];

    private const string BodySuffixes = "局委办室府处会院厅部心道镇乡署所站司队校区县市省团社馆";

    /// <summary>Pieces before the first section heading that are looked at (menus of a few hundred links come before a title).</summary>
    private const int MaxPreamble = 1000;

    /// <summary>Pieces at the end looked at for date fields (a footer's 发布日期 or 打印日期).</summary>
    private const int MaxTail = 30;

    /// <summary>China Standard Time: page dates are local dates, the received instant is UTC.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly (string[] Labels, PublishedSource Source)[] DateFields =
    [
        (["发布时间", "发布日期", "公开日期", "公开时间", "发文日期"], PublishedSource.PublishedField),
        (["时间", "日期"], PublishedSource.DateField),
        (["成文日期", "成文时间"], PublishedSource.WrittenField),
    ];

    /// <param name="preambleEnd">Index of the first section heading (or the piece count).</param>
    /// <param name="sectionOneText">Text of section 一, for the year it opens with.</param>
    /// <param name="closingStart">Index of the section 六 heading (the signature follows it), or -1.</param>
    public static ReportMetadata Read(ParseContext context, int preambleEnd, string? sectionOneText, int closingStart)
    {
        var pieces = context.Pieces;
        var headerEnd = Math.Min(Math.Min(preambleEnd, pieces.Count), MaxPreamble);
        var fields = PageFields.Read(context, 0, headerEnd);
        var tailFrom = Math.Max(Math.Max(closingStart + 1, pieces.Count - MaxTail), headerEnd);
        fields.AddRange(PageFields.Read(context, tailFrom, pieces.Count));

        var titles = TitleCandidates(context, headerEnd);
        var title = titles.Count > 0 ? titles[0].Text : null;
        int? titleYear = null;
        foreach (var candidate in titles)
        {
            if (ChineseDates.FindYear(candidate.Text, out _) is { } year)
            {
                titleYear = year;
                break;
            }
        }

        int? narrativeYear = null;
        if (sectionOneText is { Length: > 0 })
        {
            var opening = sectionOneText.Length > 200 ? sectionOneText[..200] : sectionOneText;
            narrativeYear = ChineseDates.FindYear(opening, out _);
        }

        var (signatureBody, signatureDate) = Signature(context, closingStart);
        var (body, bodySource) = ReadBody(context, titles, fields, signatureBody);
        var (published, publishedSource) = ReadDate(context, fields, signatureDate, titleYear ?? narrativeYear);
        return new ReportMetadata(title, body, bodySource, titleYear, narrativeYear, published, publishedSource);
    }

    private static (string? Body, BodySource? Source) ReadBody(ParseContext context, List<(string Text, int Piece)> titles, List<PageField> fields, string? signatureBody)
    {
        if (context.Hints.Body is { } hinted && CleanBody(hinted) is { Length: > 0 } uploader)
        {
            return (uploader, context.Hints.BodySource);
        }

        foreach (var (text, piece) in titles)
        {
            ChineseDates.FindYear(text, out var yearAt);
            if (yearAt > 0 && TitleBody(text[..yearAt]) is { } before)
            {
                return (before, BodySource.Title);
            }

            if (piece >= 0 && LineAbove(context, piece) is { } above)
            {
                return (above, BodySource.Title);
            }
        }

        foreach (var label in PageFields.BodyLabels)
        {
            foreach (var field in fields)
            {
                if (field.Label == label && FieldBody(field) is { } named)
                {
                    return (named, BodySource.PageField);
                }
            }
        }

        return signatureBody is null ? (null, null) : (signatureBody, BodySource.Signature);
    }

    /// <summary>A body named by a page field; a 来源 must read as a body's name (本站 and site names are not).</summary>
    private static string? FieldBody(PageField field)
    {
        // A chrome line's value ends at the first space (来源：X 【字体：大 中 小】).
        var value = field.Value;
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            value = value[..space];
        }

        if (CleanBody(value) is not { Length: >= 2 } name)
        {
            return null;
        }

        var isSource = field.Label.Contains("来源", StringComparison.Ordinal);
        if (isSource && (NotABody.Contains(name) || name.EndsWith("网", StringComparison.Ordinal) || name.Contains("网站", StringComparison.Ordinal)
            || name.Contains("门户", StringComparison.Ordinal) || name.Contains("http", StringComparison.OrdinalIgnoreCase) || !LooksLikeBody(name)))
        {
            return null;
        }

        return name;
    }

    private static (DateOnly? Date, PublishedSource? Source) ReadDate(ParseContext context, List<PageField> fields, DateOnly? signatureDate, int? year)
    {
        DateOnly? received = context.Hints.ReceivedAt is { } at ? DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime) : null;
        foreach (var (labels, source) in DateFields)
        {
            foreach (var field in fields)
            {
                if (labels.Contains(field.Label) && ChineseDates.FindDate(field.Value, out _) is { } date
                    && Trusted(context, date, field.Label, received, year, context.Pieces[field.Piece].Location))
                {
                    return (date, source);
                }
            }
        }

        if (context.Page.PubDate is { } pubDate && ChineseDates.FindDate(pubDate, out _) is { } metaDate && Trusted(context, metaDate, "PubDate", received, year, default))
        {
            return (metaDate, PublishedSource.PageMeta);
        }

        // The signature is the report's own word: a date before the year ended is kept for date.impossible to report.
        if (signatureDate is { } signed && Trusted(context, signed, "落款", received, year: null, default))
        {
            return (signed, PublishedSource.Signature);
        }

        return (null, null);
    }

    /// <summary>False, with a notice, for a date after the file was received or a page date before the report year began.</summary>
    private static bool Trusted(ParseContext context, DateOnly date, string label, DateOnly? received, int? year, SourceLocation location)
    {
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (received is { } r && date > r)
        {
            var receivedText = r.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            context.Notice("meta.date-after-received", NoticeLevel.Info,
                $"{label} {text} 晚于收到文件的日期 {receivedText}，不作为发布日期",
                $"the {label} date {text} is after the file was received ({receivedText}); not taken as the publication date",
                location: location);
            return false;
        }

        if (year is { } y && date.Year < y)
        {
            context.Notice("meta.date-before-year", NoticeLevel.Info,
                $"{label} {text} 早于报告年度 {y} 年，不作为发布日期",
                $"the {label} date {text} is before the report year {y}; not taken as the publication date",
                location: location);
            return false;
        }

        return true;
    }

    /// <summary>
    /// The report's titles, most trusted first: heading and centred lines, the first title-like line, the page's
    /// <c>&lt;title&gt;</c> without its site suffix, the <c>ArticleTitle</c> meta tag. Piece is -1 for the head's.
    /// </summary>
    private static List<(string Text, int Piece)> TitleCandidates(ParseContext context, int end)
    {
        var titles = new List<(string Text, int Piece)>(4);
        foreach (var at in context.Page.HeadingPieces)
        {
            if (at < end && TitleText(context.Pieces[at].Text, context.Normalized(at)) is { } heading)
            {
                titles.Add((heading, at));
                break;
            }
        }

        for (var i = 0; i < end; i++)
        {
            var text = context.Pieces[i].Text;
            if (text.Length is >= 8 and <= 120 && TitleText(text, context.Normalized(i)) is { } line)
            {
                if (titles.Count == 0 || titles[0].Piece != i)
                {
                    titles.Add((line, i));
                }

                break;
            }
        }

        if (context.Page.HeadTitle is { } head)
        {
            foreach (var part in head.Split(['_', '|', '｜', '—', '–', '-', '＿'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TitleText(part, ChineseText.Normalize(part)) is { } headTitle)
                {
                    titles.Add((headTitle, -1));
                    break;
                }
            }
        }

        if (context.Page.ArticleTitle is { } article && TitleText(article, ChineseText.Normalize(article)) is { } articleTitle)
        {
            titles.Add((articleTitle, -1));
        }

        return titles;
    }

    /// <summary>The text as a report title (without a 标题：/名称： label), or null when it does not read as one.</summary>
    private static string? TitleText(string text, string n)
    {
        if (text.Length is < 8 or > 120)
        {
            return null;
        }

        if (!(n.Contains("年度报告", StringComparison.Ordinal) || n.Contains("年报", StringComparison.Ordinal)) || !n.Contains("公开", StringComparison.Ordinal)
            || n.Contains('>') || n.Contains("当前位置", StringComparison.Ordinal) || n.Contains("您的位置", StringComparison.Ordinal) || n.Contains("首页", StringComparison.Ordinal))
        {
            return null;
        }

        var colon = text.AsSpan().IndexOfAny(':', '：');
        if (colon is > 0 and <= 8 && TitleLabels.Contains(ChineseText.Normalize(text[..colon])))
        {
            text = text[(colon + 1)..].Trim();
        }

        // A column name in brackets before the title (【政府信息公开年报】某某区2023年…).
        if (text.Length > 0 && text[0] is '【' or '[' && text.IndexOfAny(['】', ']']) is > 0 and var close && close < text.Length - 8)
        {
            text = text[(close + 1)..].Trim();
        }

        return text;
    }

    /// <summary>The body's name on its own line just above the title (石家庄市人民政府办公室 / 2022年…年度报告).</summary>
    private static string? LineAbove(ParseContext context, int titleAt)
    {
        for (var i = titleAt - 1; i >= Math.Max(0, titleAt - 2); i--)
        {
            var text = context.Pieces[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            return LooksLikeBody(text) ? CleanBody(text) : null;
        }

        return null;
    }

    private static bool LooksLikeBody(string text)
    {
        var n = ChineseText.Normalize(text);
        return n.Length is >= 3 and <= 40
            && !n.Contains('。')
            && !n.Contains(':')
            && !n.Any(char.IsAsciiDigit)
            && !Chrome.Any(c => n.Contains(c, StringComparison.Ordinal))
            && BodySuffixes.Contains(n[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// The body named before the title's year (某某区人民政府关于2023年…); not 我区 or 本局, which say only that the
    /// report is the writer's own, nor page chrome.
    /// </summary>
    private static string? TitleBody(string beforeYear)
    {
        var t = CleanBody(beforeYear);
        if (t is not null && t.EndsWith("关于", StringComparison.Ordinal))
        {
            t = CleanBody(t[..^2]);
        }

        return t is { Length: >= 2 } && !t.StartsWith('我') && !OwnBody.Contains(t) && !Chrome.Any(c => t.Contains(c, StringComparison.Ordinal)) ? t : null;
    }

    private static string? CleanBody(string text)
    {
        var t = text.Trim().TrimStart(':', '：').Trim();
        if (t.StartsWith("关于", StringComparison.Ordinal))
        {
            t = t[2..];
        }

        t = t.Trim(' ', '|', '《', '》', '“', '”', '"', ':', '：', ',', '，');
        return t.Length == 0 ? null : t;
    }

    /// <summary>The signature at the end: a body's name over a date, the last such pair after section 六's heading.</summary>
    private static (string? Body, DateOnly? Date) Signature(ParseContext context, int closingStart)
    {
        var pieces = context.Pieces;
        var from = closingStart >= 0 ? closingStart + 1 : Math.Max(0, pieces.Count - 12);
        for (var i = pieces.Count - 1; i >= from; i--)
        {
            // A date with a time of day (2024-03-05 14:21:07) is a page or print stamp, never a signature.
            if (!ChineseDates.IsDateLine(pieces[i].Text, out var date) || pieces[i].Text.AsSpan().IndexOfAny(':', '：') >= 0)
            {
                continue;
            }

            for (var j = i - 1; j >= from && j >= i - 2; j--)
            {
                if (pieces[j].Text.Length > 0)
                {
                    return (LooksLikeBody(pieces[j].Text) ? CleanBody(pieces[j].Text) : null, date);
                }
            }

            return (null, date);
        }

        return (null, null);
    }
}
