using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>sum.review-litigation-total</c>: in each group of section 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
public sealed class ReviewLitigationTotalRule : IReportRule
{
    private static readonly string[] Parts = [.. TemplateCatalog.ReviewCells.Take(4)];

    public static RuleDescriptor Info { get; } = new(
        "sum.review-litigation-total", Severity.Error,
        "行政复议、行政诉讼各组总计等于四项结果之和", "Each review/litigation group's total equals upheld + corrected + other + pending",
        "第四部分表格：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        "错误：一组的总计和四项结果都有填报的数字而不相等；总计空白或四项结果全空白的组不核算，只在结果中说明（见 structure.blank-total）；不相符而偏小的一边有空白格（差额可能就在空白格中）时，合为一条警告。 error: a group whose total and four results are both stated and differ; a group with a blank total or all four results blank is not assessed, only noted in the outcome (see structure.blank-total); where the side that falls short has blank cells (which might hold the difference), one warning for all such places.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = context.Report.ReviewLitigation;
        if (table.IsEmpty)
        {
            context.NotAssessable("第四部分没有读到统计表 no section 四 table read");
            return;
        }

        var assessed = 0;
        var shortfalls = new Shortfalls();
        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            if (!table.HasRow(group) || table.IsUncertain(group))
            {
                continue; // structure.rows'.
            }

            var label = Labels.ReviewGroup(group);
            if (table[group, "total"] is not { IsBlank: false, Number: { } total } totalCell)
            {
                context.NotAssessableAt($"{label}（总计空白）", $"{label} (总计 blank)");
                continue;
            }

            if (!Parts.Any(p => TableValues.Given(table[group, p])))
            {
                context.NotAssessableAt($"{label}（四项结果均为空白）", $"{label} (all four results blank)");
                continue;
            }

            assessed++;
            if (TableValues.SumOfColumns(table, group, Parts) == total)
            {
                continue;
            }

            var parts = new Terms();
            foreach (var part in Parts)
            {
                parts.Add(table[group, part], Labels.Cell(4, group, part));
            }

            if (parts.Sum == total)
            {
                continue;
            }

            if (Shortfalls.BlanksCouldExplain(parts, new Terms().AddValue(total)))
            {
                shortfalls.Add(
                    $"{label}：结果维持+结果纠正+其他结果+尚未审结 = {parts}，总计为 {Terms.N(total)}{Terms.BlankNoteZh(parts.Blanks)}",
                    $"{label}: 结果维持 upheld + 结果纠正 corrected + 其他结果 other + 尚未审结 pending = {parts}, 总计 says {Terms.N(total)}{Terms.BlankNoteEn(parts.Blanks)}",
                    group, "total", parts.Sum, total, [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]);
                continue;
            }

            context.Add(new Finding(Info.Id, Info.Severity,
                $"{label}：结果维持+结果纠正+其他结果+尚未审结 = {parts}，总计为 {Terms.N(total)}，差 {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteZh(parts.Blanks)}",
                $"{label}: 结果维持 upheld + 结果纠正 corrected + 其他结果 other + 尚未审结 pending = {parts}, 总计 says {Terms.N(total)}, difference {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteEn(parts.Blanks)}",
                4, group, "total",
                Expected: Terms.N(parts.Sum), Actual: Terms.N(total),
                Cells: [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]));
        }

        shortfalls.Report(context, Info, 4);
        if (assessed == 0)
        {
            context.NotAssessable(context.SkippedReason() ?? "第四部分没有可比较的组 no section 四 group to compare");
        }
    }
}
