using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class LabelsTests
{
    [Theory]
    [InlineData(3, "result.disclosed", "natural", "第三部分 · （一）予以公开 · 自然人")]
    [InlineData(2, "normative_documents", "in_force", "第二部分 · 行政规范性文件 · 现行有效件数")]
    [InlineData(3, "result.withheld.3", "total", "第三部分 · （三）不予公开 3.危及“三安全一稳定” · 总计")]
    [InlineData(4, "litigation_direct", "pending", "第四部分 · 行政诉讼（未经复议直接起诉） · 尚未审结")]
    [InlineData(3, null, "commercial", "第三部分 · “商业企业”列")]
    [InlineData(1, "carried_in", "total", "第一部分 · 二、上年结转政府信息公开申请数量 · 总计")]
    [InlineData(null, null, null, "")]
    public void Place_Keys_TheTemplatesOwnWords(int? section, string? row, string? column, string expected)
    {
        Assert.Equal(expected, Labels.Place(section, row, column));
    }

    [Fact]
    public void Place_Finding_SameAsItsFields()
    {
        var finding = new Finding("x.y", Severity.Error, "…", "…", 3, "result.unavailable.1", "research");

        Assert.Equal("第三部分 · （四）无法提供 1.本机关不掌握相关政府信息 · 科研机构", Labels.Place(finding));
    }

    [Theory]
    [InlineData(new[] { "result.withheld.1", "result.withheld.2", "result.withheld.3", "result.withheld.4", "result.withheld.5", "result.withheld.6", "result.withheld.7", "result.withheld.8" }, "（三）不予公开 1–8")]
    [InlineData(new[] { "result.unavailable.1", "result.unavailable.3" }, "（四）无法提供 1、3")]
    [InlineData(new[] { "new", "result.not_processed.1", "result.not_processed.2", "result.not_processed.3", "result.not_processed.5", "result.total" }, "一、本年新收政府信息公开申请数量、（五）不予处理 1–3、5、（七）总计")]
    [InlineData(new[] { "result.other.2" }, "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")]
    public void Rows_SectionThree_Compact(string[] rows, string expected)
    {
        Assert.Equal(expected, Labels.Rows(3, rows));
    }
}
