using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>How much a finding matters. Names and labels: <see cref="EnumNames"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>Form or quality: worth knowing, nothing to correct.</summary>
    [JsonStringEnumMemberName("notice")]
    [Label("提示", "Notice")]
    Notice = 0,

    /// <summary>Probably wrong: a person should look.</summary>
    [JsonStringEnumMemberName("warning")]
    [Label("警告", "Warning")]
    Warning = 1,

    /// <summary>The report is wrong and must be corrected.</summary>
    [JsonStringEnumMemberName("error")]
    [Label("错误", "Error")]
    Error = 2,
}
