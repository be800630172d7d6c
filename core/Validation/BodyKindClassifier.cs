using System.Text.RegularExpressions;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Validation;

/// <summary>
/// Infers who reports (department, government for its whole level, township or street office) from the
/// report's title and the body's name, for 条例 第四十九条's deadline; configuration overrides it per body.
/// The title wins over the body's name: a government's report for its level (某市2022年政府信息公开工作年度报告)
/// is often published by its office, whose name then stands in the 发布机构 field.
/// </summary>
public sealed partial class BodyKindClassifier(ValidationOptions options)
{
    private static readonly string[] OfficeSuffixes = ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "政府办"];

    private static readonly string[] GovernmentSuffixes = ["人民政府", "政府"];

    private static readonly string[] TownshipSuffixes = ["街道办事处", "街道办", "街道", "乡人民政府", "镇人民政府", "乡政府", "镇政府", "乡", "镇"];

    /// <summary>The place units that, ending a bare name (某市, 某区), stand for the government of that place.</summary>
    private const string PlaceUnits = "省市区县旗州盟";

    public BodyKindClassification? Classify(string? title, string? body)
    {
        if (Configured(title, body) is { } configured)
        {
            return configured;
        }

        var fromTitle = NameFromTitle(title);
        if (fromTitle.Length > 0)
        {
            return ClassifyName(fromTitle, "标题", "the title");
        }

        var name = Clean(body);
        return name.Length > 0 ? ClassifyName(name, "发布机构", "the body's name") : null;
    }

    /// <summary>The issuing body's name as the title states it before the year (某区人民政府2022年… → 某区人民政府), or empty.</summary>
    public static string NameFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var match = TitleName().Match(ChineseText.Normalize(title));
        return match.Success ? match.Groups["name"].Value.Trim('《', '》', '(', ')', '[', ']', ':', ',') : string.Empty;
    }

    private BodyKindClassification? Configured(string? title, string? body)
    {
        if (options.BodyKinds.Count == 0)
        {
            return null;
        }

        var keys = new[] { BodyKey.Of(body), BodyKey.Of(NameFromTitle(title)) };
        foreach (var (name, value) in options.BodyKinds)
        {
            var key = BodyKey.Of(name);
            if (key.Length > 0 && keys.Contains(key, StringComparer.Ordinal) && BodyKindClassification.TryParse(value, out var kind))
            {
                return new BodyKindClassification(kind, name,
                    $"配置 Validation:BodyKinds 指定“{name}”为 {value}",
                    $"configuration Validation:BodyKinds sets '{name}' to {value}",
                    Configured: true);
            }
        }

        return null;
    }

    private static BodyKindClassification ClassifyName(string name, string whereZh, string whereEn)
    {
        if (name.Contains("街道办事处", StringComparison.Ordinal) || EndsWithAny(name, TownshipSuffixes))
        {
            return new(BodyKind.Township, name,
                $"{whereZh}“{name}”是乡镇人民政府或街道办事处（按地方规定，多为次年1月31日前）",
                $"{whereEn} '{name}' is a township government or street office (local rules, mostly by 31 January)");
        }

        if (EndsWithAny(name, OfficeSuffixes))
        {
            return new(BodyKind.Department, name,
                $"{whereZh}“{name}”是人民政府办公厅（室），报告本机关工作，属县级以上人民政府部门",
                $"{whereEn} '{name}' is a government office reporting on its own work, i.e. a department");
        }

        if (EndsWithAny(name, GovernmentSuffixes) || PlaceUnits.Contains(name[^1], StringComparison.Ordinal))
        {
            return new(BodyKind.Government, name,
                $"{whereZh}“{name}”是县级以上人民政府，报告本级政府信息公开工作",
                $"{whereEn} '{name}' is a county-or-higher government reporting for its whole level");
        }

        return new(BodyKind.Department, name,
            $"{whereZh}“{name}”是县级以上人民政府部门",
            $"{whereEn} '{name}' is a government department");
    }

    private static bool EndsWithAny(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty : ChineseText.Normalize(name).Trim('《', '》', '(', ')', ':', ',');

    [GeneratedRegex(@"^(?<name>[^\d]*?)(?:19|20)\d{2}年度?[^\d]*?(?:年度报告|年报)")]
    private static partial Regex TitleName();
}
