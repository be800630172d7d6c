namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// What a report's prose states, read by <see cref="NarrativeFigures"/> once per report (through
/// <see cref="RuleContext"/>) and shared by the narrative rules: the application and 行政复议 / 行政诉讼 figures of
/// section 一, and what sections 六 and 一 say about 信息处理费 (section 六 first: the 2021 format reports fees there).
/// Each is read the first time a rule asks for it.
/// </summary>
internal sealed class NarrativeStatements(RuleContext context)
{
    private static readonly int[] FeeSections = [6, 1];

    private readonly Lazy<Dictionary<string, List<StatedFigure>>> _applications =
        new(() => context.NormalizedSectionText(1) is { } text ? NarrativeFigures.Applications(text) : new(StringComparer.Ordinal));

    private readonly Lazy<Dictionary<string, List<StatedFigure>>> _reviewLitigation =
        new(() => context.NormalizedSectionText(1) is { } text ? NarrativeFigures.ReviewLitigation(text) : new(StringComparer.Ordinal));

    private readonly Lazy<(int Section, string? Quote)> _feesNotCharged = new(() => First(context, NarrativeFigures.FeesNotCharged));

    private readonly Lazy<(int Section, StatedFigure? Figure)> _feeCollected = new(() => First(context, NarrativeFigures.FeeCollected));

    private readonly Lazy<(int Section, string? Quote)> _noFeeNoticeSent = new(() => First(context, NarrativeFigures.NoFeeNoticeSent));

    private readonly Lazy<StatedFigure?> _feeNoticesSent =
        new(() => context.NormalizedSectionText(6) is { } six ? NarrativeFigures.FeeNoticesSent(six) : null);

    /// <summary>The application figures section 一 states, by kind (<see cref="NarrativeFigures.Received"/>, …); empty without section 一.</summary>
    public Dictionary<string, List<StatedFigure>> Applications => _applications.Value;

    /// <summary>The 行政复议 and 行政诉讼 figures section 一 states (<see cref="NarrativeFigures.Review"/>, <see cref="NarrativeFigures.Litigation"/>).</summary>
    public Dictionary<string, List<StatedFigure>> ReviewLitigation => _reviewLitigation.Value;

    /// <summary>The first clause saying no 信息处理费 was charged, and its section; Quote null when none says so.</summary>
    public (int Section, string? Quote) FeesNotCharged => _feesNotCharged.Value;

    /// <summary>The first amount of 信息处理费 stated as collected, and its section; Figure null when none is stated.</summary>
    public (int Section, StatedFigure? Figure) FeeCollected => _feeCollected.Value;

    /// <summary>The first clause saying no fee notice was sent, and its section; Quote null when none says so.</summary>
    public (int Section, string? Quote) NoFeeNoticeSent => _noFeeNoticeSent.Value;

    /// <summary>The number of fee notices section 六 says were sent, or null.</summary>
    public StatedFigure? FeeNoticesSent => _feeNoticesSent.Value;

    private static (int Section, T Value) First<T>(RuleContext context, Func<string, T> read)
    {
        foreach (var section in FeeSections)
        {
            if (context.NormalizedSectionText(section) is { } text && read(text) is { } value)
            {
                return (section, value);
            }
        }

        return default!;
    }
}
