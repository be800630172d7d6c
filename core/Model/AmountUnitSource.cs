using System.Text.Json.Serialization;

namespace ReportAudit.Core.Model;

/// <summary>Where an amount's unit was read: the more specific place wins (cell over column header over note).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AmountUnitSource>))]
public enum AmountUnitSource
{
    /// <summary>No unit stated anywhere: the unit is unknown, not guessed.</summary>
    None = 0,

    /// <summary>Written in the cell itself, e.g. <c>8.74万元</c>.</summary>
    Cell,

    /// <summary>Written in the column's header, e.g. <c>采购总金额（万元）</c> or <c>本年收费金额（单位：万元）</c>.</summary>
    Header,

    /// <summary>Written in a note by the table, e.g. <c>单位：万元</c>.</summary>
    Note,
}
