using System.Globalization;
using System.Text;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// The terms of one side of an equation (5+0), their sum, the blank cells counted as 0 and the
/// locations of the cells involved, so a finding can show the numbers that disagree.
/// </summary>
internal sealed class Terms
{
    private readonly StringBuilder _written = new();
    private readonly List<string> _blanks = [];

    public decimal Sum { get; private set; }

    public int Count { get; private set; }

    /// <summary>True when at least one term was a cell that exists and is not blank.</summary>
    public bool AnyGiven { get; private set; }

    public IReadOnlyList<string> Blanks => _blanks;

    public List<SourceLocation> Locations { get; } = [];

    /// <summary>Adds a cell (a blank or absent cell counts as 0 and is remembered).</summary>
    public Terms Add(Cell? cell, string name)
    {
        if (cell is null || cell.IsBlank || cell.Number is null)
        {
            _blanks.Add(name);
        }
        else
        {
            AnyGiven = true;
        }

        if (cell is not null && cell.Location.IsKnown)
        {
            Locations.Add(cell.Location);
        }

        return AddValue(cell?.ValueOrZero ?? 0m);
    }

    /// <summary>Remembers blank cells that stand behind a value added with <see cref="AddValue"/> (a blank total's blank parts).</summary>
    public Terms AddBlanks(IEnumerable<string> names)
    {
        _blanks.AddRange(names);
        return this;
    }

    /// <summary>Adds a value worked out elsewhere (a blank total taken from its parts).</summary>
    public Terms AddValue(decimal value)
    {
        if (Count > 0)
        {
            _written.Append('+');
        }

        _written.Append(N(value));
        Sum += value;
        Count++;
        return this;
    }

    /// <summary><c>5+0 = 5</c>, or <c>5</c> for a single term.</summary>
    public override string ToString() => Count <= 1 ? N(Sum) : $"{_written} = {N(Sum)}";

    public static string N(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    /// <summary>The note that blank cells were counted as 0, in Chinese (empty when there were none).</summary>
    public static string BlankNoteZh(IEnumerable<string> blanks)
    {
        var list = blanks.Distinct().ToList();
        return list.Count == 0 ? string.Empty : $"（空白格按 0 计：{string.Join("、", list)}）";
    }

    public static string BlankNoteEn(IEnumerable<string> blanks)
    {
        var list = blanks.Distinct().ToList();
        return list.Count == 0 ? string.Empty : $" (blank cells counted as 0: {string.Join(", ", list)})";
    }
}
