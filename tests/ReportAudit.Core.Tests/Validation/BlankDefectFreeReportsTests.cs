using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>
/// Issue 13: "12 of 90 defect-free generated reports were marked 未通过". Ninety correct reports with random figures,
/// each left blank the ways real pages leave cells blank, must never fail: blanks are not stated figures.
/// </summary>
public sealed class BlankDefectFreeReportsTests
{
    private const int Reports = 90;

    [Flags]
    private enum Blanks
    {
        None = 0,

        /// <summary>The 总计 cells of the result rows.</summary>
        ResultTotals = 1,

        /// <summary>The whole 总计 column.</summary>
        TotalColumn = 2,

        /// <summary>Every cell that holds 0 (blank for nothing).</summary>
        Zeros = 4,

        /// <summary>The six applicant cells of （七）总计.</summary>
        ResultTotalRow = 8,
    }

    [Fact]
    public void Validate_DefectFreeReportsWithBlanks_NeverFail()
    {
        // Arrange
        var random = new Random(13);
        var failed = new List<string>();

        for (var i = 0; i < Reports; i++)
        {
            var blanks = (Blanks)random.Next(1, 16);
            var report = Generate(random, blanks);

            // Act
            var result = ReportValidator.CreateDefault().Validate(report);

            // Assert (below): no error on any of them.
            failed.AddRange(result.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"#{i} ({blanks}): {f.RuleId} {f.MessageZh}"));
        }

        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    [Fact]
    public void Validate_DefectFreeReportWithOneWrongStatedFigure_Fails()
    {
        // The same generator with one stated part changed still fails: the test above would notice a rule gone silent.
        var random = new Random(13);
        var builder = GenerateBuilder(random, Blanks.ResultTotals, out var figures);
        var (row, column, value) = figures.First(f => f.Row == "result.disclosed" && f.Column != "total");
        builder.Applications(row, column, value + 1);

        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        Assert.Equal(Verdict.Failed, result.Verdict);
    }

    private static AnnualReport Generate(Random random, Blanks blanks) => GenerateBuilder(random, blanks, out _).Build();

    /// <summary>A correct section 三 (every column balances, every total adds up), then the blanks.</summary>
    private static ReportBuilder GenerateBuilder(Random random, Blanks blanks, out List<(string Row, string Column, decimal Value)> figures)
    {
        var builder = ReportBuilder.Valid2021();
        var results = TemplateCatalog.Applications2021.Select(r => r.Key).Where(k => k.StartsWith("result.", StringComparison.Ordinal) && k != "result.total").ToArray();
        var cells = new Dictionary<(string Row, string Column), decimal>();
        foreach (var column in TemplateCatalog.ApplicantParts)
        {
            var used = random.Next(0, 3) == 0 ? 0 : random.Next(1, 4); // some applicant columns have nothing at all
            var total = 0m;
            foreach (var row in results)
            {
                var value = row == "result.disclosed" ? 1 + random.Next(0, 3) * (used > 0 ? 1 : 0) : used > 0 && random.Next(0, 5) == 0 ? random.Next(1, 3) : 0;
                cells[(row, column)] = value;
                total += value;
            }

            var carriedOut = (decimal)random.Next(0, 2);
            var carriedIn = (decimal)random.Next(0, (int)Math.Min(total + carriedOut, 2) + 1);
            cells[("result.total", column)] = total;
            cells[("carried_out", column)] = carriedOut;
            cells[("carried_in", column)] = carriedIn;
            cells[("new", column)] = total + carriedOut - carriedIn;
        }

        foreach (var row in cells.Keys.Select(k => k.Row).Distinct().ToList())
        {
            cells[(row, "total")] = TemplateCatalog.ApplicantParts.Sum(c => cells[(row, c)]);
        }

        figures = cells.Select(c => (c.Key.Row, c.Key.Column, c.Value)).ToList();
        foreach (var ((row, column), value) in cells)
        {
            var blank = blanks.HasFlag(Blanks.Zeros) && value == 0
                || blanks.HasFlag(Blanks.TotalColumn) && column == "total"
                || blanks.HasFlag(Blanks.ResultTotals) && column == "total" && row != "result.total" && row.StartsWith("result.", StringComparison.Ordinal)
                || blanks.HasFlag(Blanks.ResultTotalRow) && row == "result.total" && column != "total";
            builder.Applications(row, column, blank ? null : value);
        }

        return builder;
    }
}
