using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Tracking;

/// <summary>
/// Where a finding stands in its rectification: open (not yet reviewed) → confirmed → notified (its 整改通知 was
/// produced) → corrected (a later version of the same body-year report no longer raises it); or dismissed as a
/// false alarm. Names (stored and served) and labels: <see cref="EnumNames"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingState>))]
public enum FindingState
{
    [JsonStringEnumMemberName("open")]
    [Label("待复核", "open")]
    Open,

    [JsonStringEnumMemberName("confirmed")]
    [Label("已确认", "confirmed")]
    Confirmed,

    [JsonStringEnumMemberName("notified")]
    [Label("已通知整改", "notified")]
    Notified,

    [JsonStringEnumMemberName("corrected")]
    [Label("已整改", "corrected")]
    Corrected,

    [JsonStringEnumMemberName("dismissed")]
    [Label("已排除", "dismissed")]
    Dismissed,
}
