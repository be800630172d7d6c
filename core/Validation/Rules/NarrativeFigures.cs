using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// Reads the figures section 一 states about applications, 行政复议 / 行政诉讼 and fees, conservatively:
/// only a clause that clearly states the figure (keyword, a few characters without digits, then <c>N件</c>)
/// counts, inside a sentence about 政府信息公开 applications; clauses about letters, hotlines, proposals,
/// sub-figures (其中) or both kinds of case at once are skipped. Input is <see cref="RuleContext.NormalizedSectionText"/>.
/// </summary>
internal static partial class NarrativeFigures
{
    public const string Received = "received";
    public const string CarriedIn = "carried_in";
    public const string Completed = "completed";
    public const string CarriedOut = "carried_out";
    public const string Review = "review";
    public const string Litigation = "litigation";

    /// <summary>The application figures stated, by kind (<see cref="Received"/>, <see cref="CarriedIn"/>, …), first statement first.</summary>
    public static Dictionary<string, List<StatedFigure>> Applications(string text)
    {
        var found = new Dictionary<string, List<StatedFigure>>(StringComparer.Ordinal);
        foreach (var sentenceRange in Sentences().EnumerateSplits(text))
        {
            var sentence = text.AsSpan(sentenceRange);
            if (!sentence.Contains("申请", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var clauseRange in Clauses().EnumerateSplits(sentence))
            {
                var span = sentence[clauseRange];
                if (span.IndexOf('件') < 0 && !span.Contains("申请", StringComparison.Ordinal)
                    || span.Contains("复议", StringComparison.Ordinal) || span.Contains("诉讼", StringComparison.Ordinal) || OffTopic().IsMatch(span))
                {
                    continue;
                }

                var clause = span.ToString();

                var previousYear = clause.Contains("上年", StringComparison.Ordinal) || clause.Contains("上一年", StringComparison.Ordinal) || clause.Contains("去年", StringComparison.Ordinal);
                var partial = clause.Contains("其中", StringComparison.Ordinal);
                if (clause.Contains("结转", StringComparison.Ordinal))
                {
                    Take(found, CarriedIn, CarriedInFigure().Match(clause), clause);
                    Take(found, CarriedOut, CarriedOutFigure().Match(clause), clause);
                    continue;
                }

                if (previousYear || partial)
                {
                    continue;
                }

                if (clause.Contains("办结", StringComparison.Ordinal))
                {
                    Take(found, Completed, CompletedFigure().Match(clause), clause);
                }

                if (clause.Contains("申请", StringComparison.Ordinal))
                {
                    var received = ReceivedFigure().Match(clause);
                    Take(found, Received, received, clause);
                    if (!received.Success && !HasDigit(clause) && NoneReceived().IsMatch(clause))
                    {
                        Add(found, Received, new StatedFigure(0, clause));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The 行政复议 and 行政诉讼 figures stated (<see cref="Review"/>, <see cref="Litigation"/>), including a clear "none".</summary>
    public static Dictionary<string, List<StatedFigure>> ReviewLitigation(string text)
    {
        var found = new Dictionary<string, List<StatedFigure>>(StringComparer.Ordinal);
        foreach (var sentenceRange in Sentences().EnumerateSplits(text))
        {
            var sentence = text.AsSpan(sentenceRange);
            if (!sentence.Contains("复议", StringComparison.Ordinal) && !sentence.Contains("诉讼", StringComparison.Ordinal)
                || !sentence.Contains("公开", StringComparison.Ordinal) && !sentence.Contains("申请", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var clauseRange in Clauses().EnumerateSplits(sentence))
            {
                var span = sentence[clauseRange];
                var review = span.Contains("复议", StringComparison.Ordinal);
                var litigation = span.Contains("诉讼", StringComparison.Ordinal);
                if (!review && !litigation || span.Contains("其中", StringComparison.Ordinal) || Outcome().IsMatch(span))
                {
                    continue;
                }

                var clause = span.ToString();

                if (!HasDigit(clause))
                {
                    if (NoneOfThem().IsMatch(clause))
                    {
                        if (review)
                        {
                            Add(found, Review, new StatedFigure(0, clause));
                        }

                        if (litigation)
                        {
                            Add(found, Litigation, new StatedFigure(0, clause));
                        }
                    }

                    continue;
                }

                if (review && litigation)
                {
                    continue; // 行政复议和行政诉讼共3件: which is which is not clear.
                }

                Take(found, Review, ReviewFigure().Match(clause), clause);
                Take(found, Litigation, LitigationFigure().Match(clause), clause);
            }
        }

        return found;
    }

    /// <summary>The clause saying no 信息处理费 was charged, or null when the text does not say so.</summary>
    public static string? FeesNotCharged(string text)
    {
        foreach (var range in Sentences().EnumerateSplits(text))
        {
            var sentence = text.AsSpan(range);
            if (sentence.Contains("处理费", StringComparison.Ordinal) && NoFees().IsMatch(sentence))
            {
                return sentence.ToString();
            }
        }

        return null;
    }

    /// <summary>The clause stating an amount of 信息处理费 actually collected (more than 0), and the amount; null when none is stated.</summary>
    public static StatedFigure? FeeCollected(string text)
    {
        foreach (var range in Sentences().EnumerateSplits(text))
        {
            foreach (var clauseRange in Clauses().EnumerateSplits(text.AsSpan(range)))
            {
                var clause = text.AsSpan(range)[clauseRange];
                if (!clause.Contains("处理费", StringComparison.Ordinal) || NoFees().IsMatch(clause) || clause.Contains("通知", StringComparison.Ordinal))
                {
                    continue; // a notice's amount is not money collected.
                }

                var match = FeeAmount().Match(clause.ToString());
                if (match.Success && decimal.TryParse(match.Groups["n"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    // In 元, so that the message can say how much (万元 converted).
                    return new StatedFigure(match.Groups["unit"].ValueSpan.StartsWith("万") ? n * 10000 : n, clause.ToString());
                }
            }
        }

        return null;
    }

    /// <summary>The clause saying no fee notice (收费通知) was sent, or null.</summary>
    public static string? NoFeeNoticeSent(string text)
    {
        foreach (var range in Sentences().EnumerateSplits(text))
        {
            foreach (var clauseRange in Clauses().EnumerateSplits(text.AsSpan(range)))
            {
                var clause = text.AsSpan(range)[clauseRange];
                // 申请人逾期未按收费通知要求缴纳费用 (the template's row) speaks of unpaid notices, not of none sent.
                if (clause.Contains("收费通知", StringComparison.Ordinal) && !clause.Contains("未按收费通知", StringComparison.Ordinal) && NoNotice().IsMatch(clause))
                {
                    return clause.ToString();
                }
            }
        }

        return null;
    }

    /// <summary>The number of fee notices (收费通知) the text says were sent, or null when it gives none.</summary>
    public static StatedFigure? FeeNoticesSent(string text)
    {
        foreach (var range in Sentences().EnumerateSplits(text))
        {
            foreach (var clauseRange in Clauses().EnumerateSplits(text.AsSpan(range)))
            {
                var clause = text.AsSpan(range)[clauseRange].ToString();
                if (NoticeCount().Match(clause) is { Success: true } match
                    && decimal.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return new StatedFigure(n, clause);
                }
            }
        }

        return null;
    }

    /// <summary>True when the text says anything about 信息处理费.</summary>
    public static bool MentionsFees(string text) =>
        text.Contains("处理费", StringComparison.Ordinal) || text.Contains("信息公开收费", StringComparison.Ordinal);

    private static bool HasDigit(string clause) => clause.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static void Take(Dictionary<string, List<StatedFigure>> found, string kind, Match match, string clause)
    {
        if (match.Success && decimal.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            Add(found, kind, new StatedFigure(n, clause));
        }
    }

    private static void Add(Dictionary<string, List<StatedFigure>> found, string kind, StatedFigure figure)
    {
        if (!found.TryGetValue(kind, out var list))
        {
            found[kind] = list = [];
        }

        list.Add(figure);
    }

    [GeneratedRegex(@"[。;!?\n]")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"[,、:]")]
    private static partial Regex Clauses();

    [GeneratedRegex("来信|信访|留言|咨询|热线|建议|提案|诉求|来电")]
    private static partial Regex OffTopic();

    [GeneratedRegex(@"(?:上年|上一年|去年)度?结转[^\d]{0,8}?(?<n>\d+)件")]
    private static partial Regex CarriedInFigure();

    [GeneratedRegex(@"结转(?:至|到|入)?(?:下年|下一年|明年|次年|\d{4}年)[^\d]{0,8}?(?<n>\d+)件")]
    private static partial Regex CarriedOutFigure();

    [GeneratedRegex(@"(?<!未|尚未|没有)办结[^\d]{0,6}?(?<n>\d+)件")]
    private static partial Regex CompletedFigure();

    [GeneratedRegex(@"(?:收到|新收|接收|受理)[^\d]{0,12}?(?<n>\d+)件")]
    private static partial Regex ReceivedFigure();

    [GeneratedRegex(@"(?:未|没有)(?:收到|受理|接到)[^\d]{0,12}申请")]
    private static partial Regex NoneReceived();

    [GeneratedRegex(@"行政复议(?:案件|申请)?[^\d诉讼]{0,4}?(?<n>\d+)件")]
    private static partial Regex ReviewFigure();

    [GeneratedRegex(@"诉讼(?:案件)?[^\d复议]{0,4}?(?<n>\d+)件")]
    private static partial Regex LitigationFigure();

    [GeneratedRegex(@"(?:未|没有|无(?=行政|诉讼|因|涉及|发生))[^\d]{0,24}?(?:复议|诉讼)")]
    private static partial Regex NoneOfThem();

    [GeneratedRegex("纠错|纠正|败诉|维持|撤销|确认违法")]
    private static partial Regex Outcome();

    [GeneratedRegex(@"(?:收取|收缴|收到|缴纳)[^,\d]{0,12}?处理费[^\d]{0,8}?(?<n>\d+(?:\.\d+)?)(?<unit>万?元)|处理费[^,\d]{0,8}?(?:共计|合计|共|计)?(?<n>\d+(?:\.\d+)?)(?<unit>万?元)")]
    private static partial Regex FeeAmount();

    [GeneratedRegex(@"(?:未|没有|不曾)(?:向申请人)?(?:发出|发送|出具|送达|制发)过?[^,\d]{0,6}?收费通知|无[^,\d]{0,4}?收费通知|收费通知[^,\d]{0,6}?(?:0件|零件|为0(?![\d.])|为零)")]
    private static partial Regex NoNotice();

    [GeneratedRegex(@"(?:发出|发送|出具|送达|制发)[^,\d]{0,10}?收费通知[^\d]{0,6}?(?<n>\d+)(?:件|份|次)|收费通知(?:书)?[^\d]{0,6}?(?<n>\d+)(?:件|份|次)|(?<n>\d+)(?:件|份|次)[^,\d]{0,6}?收费通知")]
    private static partial Regex NoticeCount();

    [GeneratedRegex(@"(?:未|没有|无)(?:收取|收|产生|发生|涉及)?[^,\d]{0,12}?处理费|不(?:收取|涉及)[^,\d]{0,8}?处理费|处理费[^,]{0,8}?(?:为0(?![\d.])|为零|(?<![\d.])0元|未收取|未产生)")]
    private static partial Regex NoFees();
}
