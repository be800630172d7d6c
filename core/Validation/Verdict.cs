using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>A report's overall result, from the best to the worst. Names and labels: <see cref="EnumNames"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>No error and no warning.</summary>
    [JsonStringEnumMemberName("passed")]
    [Label("通过", "Passed")]
    Passed = 0,

    /// <summary>Warnings but no error.</summary>
    [JsonStringEnumMemberName("warnings")]
    [Label("有警告", "Warnings")]
    Warnings,

    /// <summary>At least one error.</summary>
    [JsonStringEnumMemberName("failed")]
    [Label("未通过", "Failed")]
    Failed,

    /// <summary>The file could not be read as a report.</summary>
    [JsonStringEnumMemberName("unparseable")]
    [Label("无法解析", "Unparseable")]
    Unparseable,
}
