using System.Globalization;

namespace ReportAudit.Benchmarks;

/// <summary>The table each suite ends with: name, figure, target, PASS/FAIL (or INFO for a figure without a target).</summary>
internal sealed class ResultTable(string title)
{
    private readonly List<(string Name, string Figure, string Target, string Result)> _rows = [];

    /// <summary>Adds a row and prints it at once, so a long run that is stopped still leaves its figures.</summary>
    public void Add(string name, string figure, string target, bool? pass)
    {
        var row = (name, figure, target, pass switch { true => "PASS", false => "FAIL", null => "INFO" });
        _rows.Add(row);
        Console.WriteLine($"  = {row.name} | {row.figure} | {row.target} | {row.Item4}");
    }

    public void Print()
    {
        var header = ("name", "figure", "target", "result");
        var all = new[] { header }.Concat(_rows).ToList();
        var w1 = all.Max(r => Width(r.Item1));
        var w2 = all.Max(r => Width(r.Item2));
        var w3 = all.Max(r => Width(r.Item3));
        var w4 = all.Max(r => Width(r.Item4));
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine();
        foreach (var (row, i) in all.Select((r, i) => (r, i)))
        {
            Console.WriteLine($"| {Pad(row.Item1, w1)} | {Pad(row.Item2, w2)} | {Pad(row.Item3, w3)} | {Pad(row.Item4, w4)} |");
            if (i == 0)
            {
                Console.WriteLine($"|{new string('-', w1 + 2)}|{new string('-', w2 + 2)}|{new string('-', w3 + 2)}|{new string('-', w4 + 2)}|");
            }
        }

        Console.WriteLine();
    }

    public static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    // East Asian wide characters take two columns in a terminal.
    private static int Width(string s) => s.Sum(c => c >= 0x2E80 && c <= 0xFFEF ? 2 : 1);

    private static string Pad(string s, int width) => s + new string(' ', Math.Max(0, width - Width(s)));
}
