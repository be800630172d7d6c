using System.Globalization;

namespace ReportAudit.Core.Validation;

/// <summary>
/// The publication deadline of one body's report (条例 第四十九条), for the <c>date.late</c> rule, the roster, the
/// summary and the digest, so every place speaks of the body's own deadline. The regulation's dates by kind of body
/// (department 31 January, government for its whole level 31 March, township 31 January) are overridden, most specific
/// first, by configuration: per body (<c>Validation:BodyDeadlines</c>), per region and kind
/// (<c>Validation:RegionDeadlines</c>, local rules such as a city asking its departments to publish by 28 January), per
/// kind (<c>Validation:Deadlines</c>).
/// </summary>
public sealed class DeadlinePolicy(ValidationOptions options)
{
    /// <param name="body">The body's name.</param>
    /// <param name="title">The report's title, when there is one.</param>
    /// <param name="reportYear">The year reported on.</param>
    /// <param name="kind">A kind given explicitly (the roster's), overriding the name.</param>
    /// <param name="region">The region (first folder of the upload path), for local rules.</param>
    public (DateOnly Date, string Kind, string Reason) For(string? body, string? title, int reportYear, string? kind = null, string? region = null)
    {
        BodyKindClassification classification;
        if (BodyKindClassification.TryParse(kind, out var given))
        {
            classification = new BodyKindClassification(given, body ?? string.Empty, "名单中指定的类别", "kind given in the roster", Configured: true);
        }
        else
        {
            classification = new BodyKindClassifier(options).Classify(title, body)
                ?? new BodyKindClassification(BodyKind.Department, body ?? string.Empty, "无法判断类别，按部门", "kind unknown: taken as a department");
        }

        var deadline = Resolve(options, classification, reportYear, body, title, region);
        var reason = deadline.SourceZh.StartsWith("条例", StringComparison.Ordinal) ? classification.ReasonZh : $"{classification.ReasonZh}；{deadline.SourceZh}";
        return (deadline.Date, BodyKindClassification.NameOf(classification.Kind), reason);
    }

    /// <summary>The deadline for a body of the given kind, with what set it (most specific configuration first).</summary>
    public static Deadline Resolve(ValidationOptions options, BodyKindClassification kind, int reportYear, string? body, string? title, string? region)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(kind);
        var kindName = BodyKindClassification.NameOf(kind.Kind);
        if (ForBody(options, body, title) is { } forBody && Date(reportYear, forBody.Value) is { } bodyDate)
        {
            return new Deadline(bodyDate, kind,
                $"本机关的规定（配置 Validation:BodyDeadlines:{forBody.Name}）", $"this body's own rule (setting Validation:BodyDeadlines:{forBody.Name})");
        }

        if (ForRegion(options, region, kindName) is { } forRegion && Date(reportYear, forRegion.Value) is { } regionDate)
        {
            return new Deadline(regionDate, kind,
                $"地方规定（配置 Validation:RegionDeadlines:{forRegion.Region}:{forRegion.Kind}）", $"a local rule (setting Validation:RegionDeadlines:{forRegion.Region}:{forRegion.Kind})");
        }

        var statutory = kind.Kind == BodyKind.Government ? "03-31" : "01-31";
        if (options.Deadlines.TryGetValue(kindName, out var configured) && configured != statutory && Date(reportYear, configured) is { } kindDate)
        {
            return new Deadline(kindDate, kind,
                $"配置 Validation:Deadlines:{kindName}", $"setting Validation:Deadlines:{kindName}");
        }

        var date = Date(reportYear, statutory)!.Value;
        return kind.Kind == BodyKind.Township
            ? new Deadline(date, kind, "条例 第四十九条及地方通行规定（乡镇、街道多为次年 1 月 31 日前）", "条例 第四十九条 and common local rules (townships and street offices mostly by 31 January)")
            : new Deadline(date, kind, "条例 第四十九条", "条例 第四十九条 (the regulation)");
    }

    private static (string Name, string Value)? ForBody(ValidationOptions options, string? body, string? title)
    {
        if (options.BodyDeadlines.Count == 0)
        {
            return null;
        }

        var keys = new[] { BodyKey.Of(body), BodyKey.Of(BodyKindClassifier.NameFromTitle(title)) };
        foreach (var (name, value) in options.BodyDeadlines)
        {
            var key = BodyKey.Of(name);
            if (key.Length > 0 && keys.Contains(key, StringComparer.Ordinal))
            {
                return (name, value);
            }
        }

        return null;
    }

    private static (string Region, string Kind, string Value)? ForRegion(ValidationOptions options, string? region, string kindName)
    {
        if (options.RegionDeadlines.Count == 0 || string.IsNullOrWhiteSpace(region))
        {
            return null;
        }

        var path = region.Trim('/');
        (string Region, string Kind, string Value)? best = null;
        foreach (var (key, byKind) in options.RegionDeadlines)
        {
            var configured = key.Trim('/');
            var matches = configured.Length > 0
                && (path.Equals(configured, StringComparison.OrdinalIgnoreCase) || path.StartsWith(configured + "/", StringComparison.OrdinalIgnoreCase));
            if (!matches || best is { } b && b.Region.Length >= configured.Length || byKind is null)
            {
                continue;
            }

            if (Lookup(byKind, kindName) is { } exact)
            {
                best = (key, kindName, exact);
            }
            else if (Lookup(byKind, "*") is { } any)
            {
                best = (key, "*", any);
            }
        }

        return best;
    }

    private static string? Lookup(Dictionary<string, string> byKind, string kind)
    {
        foreach (var (k, v) in byKind)
        {
            if (string.Equals(k, kind, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    private static DateOnly? Date(int reportYear, string monthDay) =>
        DateOnly.TryParseExact($"{reportYear + 1}-{monthDay.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
