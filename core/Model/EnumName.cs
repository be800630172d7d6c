namespace ReportAudit.Core.Model;

/// <summary>A domain enum value's name, as stored and served, with its labels for people (see <see cref="EnumNames"/>).</summary>
/// <param name="Name">The name in tables, JSON, CSV and query filters, e.g. <c>on-time</c>.</param>
/// <param name="Zh">The Chinese label, e.g. 按时发布.</param>
/// <param name="En">The English label, e.g. on time.</param>
public sealed record EnumName(string Name, string Zh, string En);
