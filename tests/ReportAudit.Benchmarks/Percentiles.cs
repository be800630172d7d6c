namespace ReportAudit.Benchmarks;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of <paramref name="values"/> (p in 0..100).</summary>
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
