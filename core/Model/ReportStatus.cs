using System.Text.Json.Serialization;

namespace ReportAudit.Core.Model;

/// <summary>
/// The processing status of an uploaded file, as stored and served: the parser's <see cref="ParseStatus"/> (the same
/// values, so <c>(ReportStatus)parseStatus</c> converts; its names are these), or failed when the file could not be
/// processed at all. Names and labels: <see cref="EnumNames"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportStatus>))]
public enum ReportStatus
{
    [JsonStringEnumMemberName("parsed")]
    [Label("已解析", "parsed")]
    Parsed = ParseStatus.Parsed,

    [JsonStringEnumMemberName("partial")]
    [Label("部分解析", "partial")]
    Partial = ParseStatus.Partial,

    [JsonStringEnumMemberName("unparseable")]
    [Label("无法解析", "unparseable")]
    Unparseable = ParseStatus.Unparseable,

    /// <summary>Processing kept failing (storage or host errors) until the host gave up: the poison path. Retry it.</summary>
    [JsonStringEnumMemberName("failed")]
    [Label("处理失败", "failed")]
    Failed,
}
