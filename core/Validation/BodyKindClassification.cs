namespace ReportAudit.Core.Validation;

/// <summary>The kind of a reporting body and why: which name was read (title or body) and what in it decided.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The name the kind was read from (or the configured key).</param>
/// <param name="ReasonZh">Why, in Chinese, for messages.</param>
/// <param name="ReasonEn">Why, in English.</param>
/// <param name="Configured">True when configuration (<see cref="ValidationOptions.BodyKinds"/>) set the kind.</param>
public sealed record BodyKindClassification(BodyKind Kind, string Name, string ReasonZh, string ReasonEn, bool Configured = false)
{
    /// <summary>The configuration name of a kind: <c>department</c>, <c>government</c>, <c>township</c>.</summary>
    public static string NameOf(BodyKind kind) => kind switch
    {
        BodyKind.Government => "government",
        BodyKind.Township => "township",
        _ => "department",
    };

    public static bool TryParse(string? value, out BodyKind kind)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "department":
                kind = BodyKind.Department;
                return true;
            case "government":
                kind = BodyKind.Government;
                return true;
            case "township":
                kind = BodyKind.Township;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
