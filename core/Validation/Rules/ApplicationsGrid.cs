using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// Section 三's cells in a flat array, template rows × applicant columns, built once per report (one dictionary
/// lookup per cell) so that the arithmetic rules add numbers without looking cells up again.
/// </summary>
internal sealed class ApplicationsGrid
{
    public const int Columns = 7;
    public const int TotalColumn = 6;

    private readonly Cell?[] _cells;

    public ApplicationsGrid(AnnualReport report)
    {
        Rows = report.Template == TemplateVersion.Unknown ? [] : TemplateCatalog.ApplicationRows(report.Template);
        if (report.Template == TemplateVersion.V2021 && report.Applications.HasRow("result.other"))
        {
            // The 2019 single （六）其他处理 row in a 2021 table counts among the results.
            Rows = [.. Rows, .. TemplateCatalog.Applications2019.Where(r => r.Key == "result.other")];
        }

        _cells = new Cell?[Rows.Count * Columns];
        Present = new bool[Rows.Count];
        for (var r = 0; r < Rows.Count; r++)
        {
            if (!report.Applications.HasRow(Rows[r].Key))
            {
                continue;
            }

            Present[r] = true;
            var row = report.Applications.Row(Rows[r].Key);
            for (var c = 0; c < Columns; c++)
            {
                _cells[r * Columns + c] = row.TryGetValue(TemplateCatalog.ApplicantColumns[c], out var cell) ? cell : null;
            }
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            var key = Rows[r].Key;
            if (key.StartsWith("result.", StringComparison.Ordinal) && key != "result.total")
            {
                ResultRowIndexes.Add(r);
            }
            else if (key == "result.total")
            {
                ResultTotalIndex = r;
            }
        }
    }

    public IReadOnlyList<TemplateRow> Rows { get; }

    public bool[] Present { get; }

    public List<int> ResultRowIndexes { get; } = [];

    public int ResultTotalIndex { get; } = -1;

    public Cell? At(int row, int column) => _cells[row * Columns + column];

    /// <summary>The sum of a row's six applicant columns, blanks as 0.</summary>
    public decimal SumOfParts(int row)
    {
        var sum = 0m;
        for (var c = 0; c < TotalColumn; c++)
        {
            if (_cells[row * Columns + c]?.Number is { } n)
            {
                sum += n;
            }
        }

        return sum;
    }

    /// <summary>The sum of a column over the result rows, blanks as 0.</summary>
    public decimal SumOfResults(int column)
    {
        var sum = 0m;
        foreach (var r in ResultRowIndexes)
        {
            if (_cells[r * Columns + column]?.Number is { } n)
            {
                sum += n;
            }
        }

        return sum;
    }
}
