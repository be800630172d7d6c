using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>Reading cells for arithmetic: a blank cell counts as 0, except a blank total, which is what its parts determine.</summary>
internal static class TableValues
{
    /// <summary>
    /// Adds section 三's cell to <paramref name="terms"/>. A blank <c>total</c> column cell is taken as the sum of the
    /// row's six applicant columns, a blank <c>result.total</c> cell as the sum of the column's result rows; both are
    /// noted in <paramref name="derived"/>. Any other blank cell counts as 0.
    /// </summary>
    public static void AddApplications(Terms terms, AnnualReport report, string row, string column, List<string> derived)
    {
        var table = report.Applications;
        var cell = table[row, column];
        if (cell is { IsBlank: false, Number: not null } || cell is null && !table.HasRow(row))
        {
            terms.Add(cell, Labels.ApplicationCell(row, column));
            return;
        }

        if (column == "total")
        {
            var parts = new Terms();
            foreach (var part in TemplateCatalog.ApplicantParts)
            {
                parts.Add(table[row, part], Labels.ApplicationCell(row, part));
            }

            derived.Add($"{Labels.ApplicationCell(row, "total")} = {Terms.N(parts.Sum)}");
            terms.AddValue(parts.Sum).AddBlanks(parts.Blanks);
            return;
        }

        if (row == "result.total")
        {
            var parts = new Terms();
            foreach (var result in Labels.ResultRows(report))
            {
                parts.Add(table[result, column], Labels.ApplicationCell(result, column));
            }

            derived.Add($"{Labels.ApplicationCell("result.total", column)} = {Terms.N(parts.Sum)}");
            terms.AddValue(parts.Sum).AddBlanks(parts.Blanks);
            return;
        }

        terms.Add(cell, Labels.ApplicationCell(row, column));
    }

    /// <summary>True when the cell exists and states a number (a blank is not a stated figure).</summary>
    public static bool Given(Cell? cell) => cell is { IsBlank: false, Number: not null };

    /// <summary>True when any of a section 三 row's six applicant columns states a number.</summary>
    public static bool AnyPartGiven(StatisticsTable table, string row)
    {
        foreach (var part in TemplateCatalog.ApplicantParts)
        {
            if (Given(table[row, part]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any result row of a section 三 column states a number.</summary>
    public static bool AnyResultGiven(AnnualReport report, string column)
    {
        foreach (var row in Labels.ResultRows(report.Template))
        {
            if (Given(report.Applications[row, column]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Uncertain is said, not guessed: when any of <paramref name="rows"/> is a row the parser could not place with
    /// confidence, the rule is not assessable (its arithmetic would test misplaced numbers); returns true then.
    /// </summary>
    public static bool NotAssessableIfUncertain(RuleContext context, StatisticsTable table, IEnumerable<string> rows)
    {
        if (table.UncertainRows.Count == 0)
        {
            return false;
        }

        var uncertain = rows.Where(table.IsUncertain).ToList();
        if (uncertain.Count == 0)
        {
            return false;
        }

        var labels = string.Join("、", uncertain.Select(r => $"“{Labels.Row(r)}”"));
        context.NotAssessable($"{labels}一行的数值无法确定对应的列，不作核算 the values of {string.Join(", ", uncertain)} could not be placed with confidence");
        return true;
    }

    /// <summary>The figure a section 三 total cell states, or what its parts determine when it is blank; null when neither is known.</summary>
    public static decimal? ApplicationsTotal(AnnualReport report, string row)
    {
        var table = report.Applications;
        if (!table.HasRow(row) || table.IsUncertain(row))
        {
            return null;
        }

        if (table[row, "total"] is { Number: { } n })
        {
            return n;
        }

        var parts = new Terms();
        foreach (var part in TemplateCatalog.ApplicantParts)
        {
            parts.Add(table[row, part], part);
        }

        return parts.AnyGiven ? parts.Sum : null;
    }

    /// <summary>The total of a section 四 group, or what its four parts determine when it is blank; null when neither is known.</summary>
    public static decimal? ReviewTotal(AnnualReport report, string group)
    {
        var table = report.ReviewLitigation;
        if (!table.HasRow(group) || table.IsUncertain(group))
        {
            return null;
        }

        if (table[group, "total"] is { Number: { } n })
        {
            return n;
        }

        var parts = new Terms();
        foreach (var part in TemplateCatalog.ReviewCells.Take(4))
        {
            parts.Add(table[group, part], part);
        }

        return parts.AnyGiven ? parts.Sum : null;
    }

    /// <summary>The sum of a row's cells in the given columns, a blank or absent cell counting as 0 (no allocation).</summary>
    public static decimal SumOfColumns(StatisticsTable table, string row, IReadOnlyList<string> columns)
    {
        var cells = table.Row(row);
        var sum = 0m;
        for (var i = 0; i < columns.Count; i++)
        {
            if (cells.TryGetValue(columns[i], out var cell) && cell.Number is { } n)
            {
                sum += n;
            }
        }

        return sum;
    }

    /// <summary>The sum of a column's cells in the given rows, a blank or absent cell counting as 0 (no allocation).</summary>
    public static decimal SumOfRows(StatisticsTable table, IReadOnlyList<string> rows, string column)
    {
        var sum = 0m;
        for (var i = 0; i < rows.Count; i++)
        {
            if (table[rows[i], column] is { Number: { } n })
            {
                sum += n;
            }
        }

        return sum;
    }

    /// <summary>Where the cells of a section 三 row are (all columns).</summary>
    public static List<SourceLocation> RowLocations(StatisticsTable table, string row) =>
        table.Row(row).Values.Select(c => c.Location).Where(l => l.IsKnown).ToList();
}
