using System.Text.Json.Nodes;

namespace ReportAudit.Core.Summaries;

/// <summary>
/// Caps the text of a report detail (<c>GET /api/reports/{id}</c>): any string of the parsed model longer than
/// <see cref="MaxChars"/> characters (a section's text, a long raw cell) is cut to its first <see cref="MaxChars"/>
/// characters. Why: a 29 MB report gave a 29 MB JSON detail the dashboard took 42 s to show; the whole text stays in
/// the original, which the detail links to (<c>originalUrl</c>). The object holding a cut string gets
/// <c>truncated: true</c> and <c>{name}Length</c> (the full length), and the detail itself <c>truncated: true</c>.
/// </summary>
public static class DetailLimit
{
    /// <summary>Characters kept of one string (20,000: some 40 printed pages of Chinese, far above any real section).</summary>
    public const int MaxChars = 20_000;

    /// <summary>Cuts every over-long string of <paramref name="node"/> in place; true when anything was cut.</summary>
    public static bool Apply(JsonNode? node) => node switch
    {
        JsonObject o => ApplyObject(o),
        JsonArray a => ApplyArray(a),
        _ => false,
    };

    private static bool ApplyObject(JsonObject o)
    {
        var cut = false;
        foreach (var (name, value) in o.ToList())
        {
            if (Long(value) is { } text)
            {
                o[name] = text[..MaxChars];
                o[name + "Length"] = text.Length;
                cut = true;
            }
            else
            {
                cut |= Apply(value);
            }
        }

        if (cut)
        {
            o["truncated"] = true;
        }

        return cut;
    }

    private static bool ApplyArray(JsonArray a)
    {
        var cut = false;
        for (var i = 0; i < a.Count; i++)
        {
            if (Long(a[i]) is { } text)
            {
                a[i] = text[..MaxChars];
                cut = true;
            }
            else
            {
                cut |= Apply(a[i]);
            }
        }

        return cut;
    }

    private static string? Long(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > MaxChars ? s : null;
}
