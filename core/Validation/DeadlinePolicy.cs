namespace ReportAudit.Core.Validation;

/// <summary>
/// The publication deadline of a body's report (条例 第四十九条): a department's own report by 31 January
/// of the following year, a county-or-higher government's report for its whole level by 31 March,
/// townships and street offices by 31 January (local rules). Kinds can be set per body or per kind in configuration.
/// </summary>
public sealed class DeadlinePolicy(ValidationOptions options)
{
    public (DateOnly Date, string Kind, string Reason) For(string? body, string? title, int reportYear, string? kind = null)
    {
        var (resolvedKind, reason) = kind is not null ? (kind, "名单中指定的类别 kind given in the roster") : Classify(body, title);
        var monthDay = options.Deadlines.GetValueOrDefault(resolvedKind, resolvedKind == "government" ? "03-31" : "01-31");
        var parts = monthDay.Split('-');
        var date = new DateOnly(reportYear + 1, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        return (date, resolvedKind, reason);
    }

    /// <summary>The kind of body, from configuration first, then from its name and the title.</summary>
    public (string Kind, string Reason) Classify(string? body, string? title)
    {
        var key = BodyKey.Of(body);
        if (key.Length > 0 && (options.BodyKinds.TryGetValue(key, out var configured) || (body is not null && options.BodyKinds.TryGetValue(body, out configured))))
        {
            return (configured, "配置中指定 set in configuration");
        }

        return BodyKindClassifier.Classify(body, title);
    }
}
