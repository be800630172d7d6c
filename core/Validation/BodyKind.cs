namespace ReportAudit.Core.Validation;

/// <summary>Who reports, as far as 条例 第四十九条's deadline is concerned.</summary>
public enum BodyKind
{
    /// <summary>A 县级以上人民政府部门 reporting on its own work (a government office 办公厅/办公室 included): by 31 January.</summary>
    Department = 0,

    /// <summary>A county-or-higher 人民政府 reporting for its whole level: by 31 March.</summary>
    Government,

    /// <summary>A 乡镇人民政府 or 街道办事处: local rules, mostly by 31 January.</summary>
    Township,
}
