using System.Globalization;

namespace ReportAudit.Benchmarks;

/// <summary><c>--name value</c> pairs after the suite name.</summary>
internal sealed class Options(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public int Int(string name, int fallback) =>
        Get(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Get(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public int[] Ints(string name, int[] fallback) =>
        Get(name) is { } text ? text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray() : fallback;
}
