using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Validation;

/// <summary>
/// The publication deadline of one body's report (条例 第四十九条), for the roster, the summary and the digest:
/// the same classifier and configured deadlines as the <c>date.late</c> rule, so every place speaks of the body's own deadline.
/// </summary>
public sealed class DeadlinePolicy(ValidationOptions options)
{
    /// <param name="body">The body's name.</param>
    /// <param name="title">The report's title, when there is one.</param>
    /// <param name="reportYear">The year reported on.</param>
    /// <param name="kind">A kind given explicitly (the roster's), overriding the name.</param>
    public (DateOnly Date, string Kind, string Reason) For(string? body, string? title, int reportYear, string? kind = null)
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

        return (LateRule.DeadlineOf(options, classification.Kind, reportYear), BodyKindClassification.NameOf(classification.Kind), classification.ReasonZh);
    }
}
