namespace ReportAudit.Core.Collection;

/// <summary>
/// The rules of one robots.txt (RFC 9309): the group for our product token (else <c>*</c>) applies; within it
/// the longest matching <c>Allow</c>/<c>Disallow</c> path wins, <c>Allow</c> on a tie; <c>*</c> and a final
/// <c>$</c> are understood. Pure: the fetcher reads the file, this decides.
/// </summary>
public sealed class RobotsRules
{
    private readonly Dictionary<string, List<(bool Allow, string Pattern)>> _groups;

    private RobotsRules(Dictionary<string, List<(bool Allow, string Pattern)>> groups) => _groups = groups;

    /// <summary>No robots.txt (or a 4xx for it): everything allowed.</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>robots.txt unreachable (5xx): everything disallowed, as RFC 9309 asks.</summary>
    public static RobotsRules DisallowAll { get; } = new(new Dictionary<string, List<(bool, string)>> { ["*"] = [(false, "/")] });

    public static RobotsRules Parse(string? text)
    {
        var groups = new Dictionary<string, List<(bool Allow, string Pattern)>>(StringComparer.OrdinalIgnoreCase);
        var agents = new List<string>();
        var inRules = false;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }

                agents.Add(value);
                if (!groups.ContainsKey(value))
                {
                    groups[value] = [];
                }
            }
            else if (key is "allow" or "disallow")
            {
                inRules = true;
                if (value.Length == 0)
                {
                    // "Disallow:" with nothing allows everything; it adds no rule.
                    continue;
                }

                foreach (var agent in agents)
                {
                    groups[agent].Add((key == "allow", value));
                }
            }
        }

        return new RobotsRules(groups);
    }

    /// <summary>Whether the path (with its query) may be fetched by a crawler of this product token.</summary>
    public bool IsAllowed(string productToken, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(productToken);
        var rules = _groups.FirstOrDefault(g => g.Key != "*" && string.Equals(productToken, g.Key, StringComparison.OrdinalIgnoreCase)).Value
            ?? (_groups.TryGetValue("*", out var any) ? any : null);
        if (rules is null || rules.Count == 0)
        {
            return true;
        }

        var path = string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        return Match(body, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var k = s; k <= path.Length; k++)
                {
                    if (Match(pattern, p + 1, path, k, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || pattern[p] != path[s])
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }
}
