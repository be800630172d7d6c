using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage;

/// <summary>Whether a report was published by its deadline, from the date rules' findings. Names and labels: <see cref="EnumNames"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateStatus>))]
public enum DateStatus
{
    /// <summary>No publication date was found.</summary>
    [JsonStringEnumMemberName("unknown")]
    [Label("日期不详", "unknown")]
    Unknown = 0,

    [JsonStringEnumMemberName("on-time")]
    [Label("按时发布", "on time")]
    OnTime,

    /// <summary>Published after the deadline (<c>date.late</c> fired).</summary>
    [JsonStringEnumMemberName("late")]
    [Label("逾期发布", "late")]
    Late,

    /// <summary>A date that cannot be, e.g. before the reporting year ended (<c>date.impossible</c> fired).</summary>
    [JsonStringEnumMemberName("impossible")]
    [Label("日期异常", "impossible")]
    Impossible,
}
