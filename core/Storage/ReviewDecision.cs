using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage;

/// <summary>A supervisor's decision on a finding. Names (stored and served) and labels: <see cref="EnumNames"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    /// <summary>The finding stands: it goes into the rectification notice.</summary>
    [JsonStringEnumMemberName("confirmed")]
    [Label("已确认", "confirmed")]
    Confirmed,

    /// <summary>A false alarm: left out of the report's counts and verdict.</summary>
    [JsonStringEnumMemberName("dismissed")]
    [Label("误报", "dismissed")]
    Dismissed,
}
