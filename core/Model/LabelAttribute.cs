namespace ReportAudit.Core.Model;

/// <summary>A domain enum member's labels for people, Chinese and English, beside its name (see <see cref="EnumNames"/>).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string zh, string en) : Attribute
{
    public string Zh { get; } = zh;

    public string En { get; } = en;
}
