using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage;

/// <summary>The state of one week's digest for one recipient, as stored in <c>DigestRuns</c>. Names and labels: <see cref="EnumNames"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DigestRunStatus>))]
public enum DigestRunStatus
{
    /// <summary>A run has claimed the delivery and is sending it.</summary>
    [JsonStringEnumMemberName("sending")]
    [Label("发送中", "sending")]
    Sending,

    [JsonStringEnumMemberName("sent")]
    [Label("已发送", "sent")]
    Sent,

    /// <summary>Every attempt of the last run failed; the next run tries again.</summary>
    [JsonStringEnumMemberName("failed")]
    [Label("发送失败", "failed")]
    Failed,
}
