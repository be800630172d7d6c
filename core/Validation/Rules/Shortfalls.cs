using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// Sums that do not match only as far as blank cells go: the side that falls short has blank cells, which might hold
/// the difference. A blank is not a stated figure, so this is not two stated figures disagreeing: the arithmetic rules
/// gather such places and report them together as one warning, never as errors.
/// </summary>
internal sealed class Shortfalls
{
    private readonly List<(string Zh, string En, string? Row, string? Column, decimal Expected, decimal Actual, List<SourceLocation> Cells)> _items = [];

    /// <summary>
    /// True when blanks could account for the difference: the smaller side has blank cells (blanks are unknown counts, never negative).
    /// </summary>
    public static bool BlanksCouldExplain(Terms left, Terms right) =>
        left.Sum < right.Sum && left.Blanks.Count > 0 || right.Sum < left.Sum && right.Blanks.Count > 0;

    public void Add(string zh, string en, string? row, string? column, decimal expected, decimal actual, IEnumerable<SourceLocation> cells) =>
        _items.Add((zh, en, row, column, expected, actual, cells.ToList()));

    /// <summary>One warning for all the places gathered (none when there are none).</summary>
    public void Report(RuleContext context, RuleDescriptor rule, int section)
    {
        if (_items.Count == 0)
        {
            return;
        }

        var first = _items[0];
        context.Add(new Finding(rule.Id, Severity.Warning,
            $"{string.Join("；", _items.Select(i => i.Zh))}。不相符的一边有空白格，空白不是填报的数字，差额可能就在其中：请补填后核对（不作为错误）",
            $"{string.Join("; ", _items.Select(i => i.En))}. The side that falls short has blank cells, and a blank is not a stated figure, so the difference may lie in them: fill them in and check (not an error)",
            section, first.Row, first.Column,
            Expected: _items.Count == 1 ? Terms.N(first.Expected) : null,
            Actual: _items.Count == 1 ? Terms.N(first.Actual) : null,
            Cells: _items.SelectMany(i => i.Cells).ToArray()));
    }
}
