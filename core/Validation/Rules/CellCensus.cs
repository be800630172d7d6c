using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>One pass over the three tables, once per report: the blank cells and the cells that are not whole non-negative numbers.</summary>
internal sealed class CellCensus
{
    /// <summary>Section 二 columns that are not counts: the 2019 template's signed 本年增/减 and the amounts.</summary>
    private static readonly HashSet<string> NotCounts = new(StringComparer.Ordinal) { "change", "amount" };

    public CellCensus(AnnualReport report)
    {
        Scan(2, report.ActiveDisclosure);
        Scan(3, report.Applications);
        Scan(4, report.ReviewLitigation);
    }

    public List<(int Section, string Row, string Column, Cell Cell)> Blanks { get; } = [];

    public List<(int Section, string Row, string Column, Cell Cell)> NotCountCells { get; } = [];

    private void Scan(int section, StatisticsTable table)
    {
        foreach (var row in table.RowKeys)
        {
            if (table.IsUncertain(row))
            {
                // Blanks of a row whose values could not be placed are where the values were not put: not assessable.
                continue;
            }

            foreach (var (column, cell) in table.Row(row))
            {
                if (cell.Kind == CellKind.Integer)
                {
                    continue;
                }

                if (cell.Kind == CellKind.Blank)
                {
                    Blanks.Add((section, row, column, cell));
                }
                else if (!cell.IsCount && !(section == 2 && NotCounts.Contains(column)))
                {
                    NotCountCells.Add((section, row, column, cell));
                }
            }
        }
    }
}
