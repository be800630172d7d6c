namespace ReportAudit.Core.Validation;

/// <summary>Placeholder until the rule catalogue's classifier lands: every body is a department (31 January).</summary>
public static class BodyKindClassifier
{
    public static (string Kind, string Reason) Classify(string? body, string? title) => ("department", "默认按部门 default: department");
}
