using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>
/// Tells the 2019 template from the 2021 one by the wording only each has: 本年制发件数 / 本年废止件数 /
/// 现行有效件数 and 逾期不补正 for 2021; 政府集中采购, 对外公开总数量, 上一年项目数量 and 其他对外管理服务事项 for 2019.
/// </summary>
internal static class TemplateDetector
{
    private static readonly string[] Markers2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "制发件数", "逾期不补正", "本年收费金额", "缴纳费用"];

    private static readonly string[] Markers2019 = ["政府集中采购", "对外公开总数量", "上一年项目数量", "其他对外管理服务事项", "本年新制作", "采购总金额", "第二十条第九项"];

    public static (TemplateVersion Template, int Score2019, int Score2021) Detect(ParseContext context, int from, int to)
    {
        int score2019 = 0, score2021 = 0;
        for (var i = from; i < to; i++)
        {
            // A value (a number, a blank mark) holds none of the markers: its label key is not worth making.
            if (context.Pieces[i].IsEmpty || context.Pieces[i].Text.Length > 80 || context.IsValueOrEmpty(i))
            {
                continue;
            }

            var key = context.Key(i);
            score2021 += Count(Markers2021, key);
            score2019 += Count(Markers2019, key);
        }

        var template = score2019 == 0 && score2021 == 0 ? TemplateVersion.Unknown
            : score2019 > score2021 ? TemplateVersion.V2019
            : TemplateVersion.V2021;
        return (template, score2019, score2021);
    }

    private static int Count(string[] markers, string key)
    {
        var count = 0;
        foreach (var marker in markers)
        {
            if (key.Contains(marker, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
