using System.Text.RegularExpressions;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>
/// Issue 13, point 3: a person reads the template's words, never our keys. Every finding produced on every sample,
/// every fixture file and a set of broken reports that makes every rule fire is scanned for key patterns.
/// </summary>
public sealed partial class NoKeysInMessagesTests
{
    /// <summary>Every key of both templates: rows and columns of sections 二, 三 and 四.</summary>
    private static readonly string[] Keys =
    [
        .. TemplateCatalog.Applications2021.Concat(TemplateCatalog.Applications2019).Select(r => r.Key),
        .. TemplateCatalog.ActiveDisclosure2021.Concat(TemplateCatalog.ActiveDisclosure2019).Select(r => r.Key),
        .. TemplateCatalog.ApplicantColumns, .. TemplateCatalog.ActiveDisclosureColumnLabels.Keys,
        .. TemplateCatalog.ReviewGroups, .. TemplateCatalog.ReviewCells,
    ];

    /// <summary>Keys that are also plain English words, allowed in the English message (never in the Chinese one).</summary>
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "new", "total", "other", "natural", "commercial", "research", "regulations", "licensing", "penalty", "enforcement",
        "fees", "procurement", "issued", "repealed", "decisions", "amount", "made", "published", "change", "items",
        "upheld", "corrected", "pending", "review",
    };

    [Fact]
    public void Findings_OnSamplesFixturesAndBrokenReports_NameNoKeys()
    {
        // Arrange
        var validator = ReportValidator.CreateDefault();
        var findings = new List<(string Source, Finding Finding)>();
        var parser = new ReportParser();
        var files = Directory.EnumerateFiles(FixtureFiles.SamplesDirectory)
            .Concat(Directory.EnumerateFiles(FixtureFiles.Fixture("renditions")))
            .Concat(Directory.EnumerateFiles(FixtureFiles.Fixture("bad")))
            .Concat(Directory.EnumerateFiles(FixtureFiles.Fixture("blanks")))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal));

        // Act
        foreach (var file in files)
        {
            var report = parser.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
            findings.AddRange(validator.Validate(report).Findings.Select(f => (Path.GetFileName(file), f)));
        }

        foreach (var (name, report, previous) in BrokenReports())
        {
            findings.AddRange(validator.Validate(report, previous).Findings.Select(f => (name, f)));
        }

        var changed = new VersionChange(2, 1, "r1", [new ChangedCell("applications", "new", "natural", "5", "9"), new ChangedCell("activeDisclosure", "regulations", "in_force", "3", "4"), new ChangedCell("reviewLitigation", "review", "upheld", "", "1")], [1, 5]);
        findings.AddRange(validator.Validate(ReportBuilder.Valid2021().Build(), versionChange: changed).Findings.Select(f => ("second version", f)));

        // Assert: the broken reports make every rule fire, so every rule's messages are scanned.
        var fired = findings.Select(f => f.Finding.RuleId).ToHashSet(StringComparer.Ordinal);
        var silent = RuleCatalogue.All().Select(r => r.Descriptor.Id).Where(id => !fired.Contains(id)).ToList();
        Assert.True(silent.Count == 0, "rules that did not fire: " + string.Join(", ", silent));
        var offending = findings
            .SelectMany(f => KeysIn(f.Finding).Select(k => $"{f.Source} {f.Finding.RuleId}: “{k}” in {f.Finding.MessageZh} / {f.Finding.MessageEn}"))
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Theory]
    [InlineData("result.disclosed 6 + result.unavailable.1 4")]
    [InlineData("三:new/research、三:carried_in/commercial")]
    [InlineData("made 2、published 2、total_published 2")]
    public void KeysIn_TheIssuesExamples_AreCaught(string message)
    {
        var finding = new Finding("x.y", Severity.Notice, message, message);

        Assert.NotEmpty(KeysIn(finding));
    }

    private static IEnumerable<string> KeysIn(Finding finding)
    {
        // The place shown beside the message (check, digest, CSV, dashboard) is scanned like the Chinese message.
        return KeysInMessages(finding with { MessageZh = finding.MessageZh + " " + Labels.Place(finding) });
    }

    private static IEnumerable<string> KeysInMessages(Finding finding)
    {
        foreach (Match m in SectionKey().Matches(finding.MessageZh + " " + finding.MessageEn))
        {
            yield return m.Value;
        }

        foreach (Match m in DottedOrSnake().Matches(finding.MessageZh + " " + finding.MessageEn))
        {
            yield return m.Value;
        }

        foreach (var key in Keys)
        {
            var word = new Regex($"(?<![A-Za-z_.]){Regex.Escape(key)}(?![A-Za-z_.])", RegexOptions.CultureInvariant);
            if (word.IsMatch(finding.MessageZh))
            {
                yield return key;
            }

            // In English a key that is also a word is allowed, except as a figure's name ("made 2").
            if (!EnglishWords.Contains(key) && word.IsMatch(finding.MessageEn)
                || EnglishWords.Contains(key) && new Regex($"(?<![A-Za-z_.]){Regex.Escape(key)} \\d+(?![\\d-])", RegexOptions.CultureInvariant).IsMatch(finding.MessageEn))
            {
                yield return key;
            }
        }
    }

    /// <summary>Reports that make every rule fire, each with the previous year where the rule needs one.</summary>
    private static IEnumerable<(string Name, AnnualReport Report, PreviousYearFigures? Previous)> BrokenReports()
    {
        // Arithmetic, blanks, not-a-count, rows, fees, problems, late.
        var arithmetic = ReportBuilder.Valid2021()
            .ApplicationsRow("new", 3, 1, 0, 0, 0, 0, 5)
            .ApplicationsRow("result.disclosed", 2, 2, 0, 0, 0, 0, null)
            .ApplicationsRow("result.total", 3, 1, 0, 0, 0, 0, 4)
            .ApplicationsRow("result.other.2", 1, 0, 0, 0, 0, 0, 1)
            .ReviewGroup("review", 1, 0, 0, 0, 2)
            .Text(3, "result.partial", "research", "一")
            .Remove(3, "result.withheld.8", "other")
            .Section(1, "2022年，本机关收到政府信息公开申请9件，办结8件。因政府信息公开被申请行政复议3件。")
            .Section(5, "无")
            .Section(6, "本年度未发出收费通知，未收取信息处理费。");
        arithmetic.PublishedOn = new DateOnly(2023, 3, 1);
        arithmetic.Body = "某区住房和城乡建设局";
        arithmetic.Title = "2022年政府信息公开工作年度报告";
        yield return ("arithmetic", arithmetic.Build(), null);

        var blankColumn = ReportBuilder.Valid2021().ApplicationsRow("result.disclosed", null, 1, 0, 0, 0, 0, 1).ApplicationsRow("result.total", 2, 1, 0, 0, 0, 0, 3);
        yield return ("blank part column", blankColumn.Build(), null);

        var fees = ReportBuilder.Valid2021().Section(1, "全年收取信息处理费共计300元。").Section(6, "本年度未收取信息处理费。");
        yield return ("fees", fees.Build(), null);

        // Template, dates, 规章 power, section 六 silent on fees, near-miss label, mixed template, missing rows.
        var template = ReportBuilder.Valid2019()
            .Active("regulations", "made", 2).Active("regulations", "published", 2).Active("regulations", "total_published", 2)
            .Remove(2, "procurement")
            .Notice(new ParseNotice(NearMissLabelRule.NoticeCode, NoticeLevel.Info, "标签“予已公开”按“予以公开”读取", "label 予已公开 read as 予以公开", Section: 3, Row: "result.disclosed"))
            .Foreign("result.other.1")
            .Section(2, null);
        template.Year = 2021;
        template.TitleYear = 2021;
        template.NarrativeYear = 2020;
        template.Title = "某区教育局2021年政府信息公开工作年度报告";
        template.Body = "某区教育局";
        template.PublishedOn = new DateOnly(2021, 1, 18);
        yield return ("template", template.Build(), null);

        var silent = ReportBuilder.Valid2021().Section(6, "无其他需要报告的事项。");
        yield return ("silent", silent.Build(), null);

        // Cross-year: carried over, in force, copied text.
        const string Overview = "本机关深入贯彻落实中华人民共和国政府信息公开条例，围绕中心工作，不断完善政府信息公开制度，拓展公开渠道，全年主动公开政府信息，依申请公开答复均按期办理，未发生行政复议和行政诉讼。";
        var lastYear = ReportBuilder.Valid2021().ApplicationsRow("carried_out", 1, 0, 0, 0, 0, 0, 1).Active("regulations", "in_force", 5).Section(1, Overview);
        lastYear.Year = 2021;
        var previous = PreviousYearFigures.From(lastYear.Build(), "2021-report");
        var thisYear = ReportBuilder.Valid2021().Active("regulations", "in_force", 7).Section(1, Overview);
        yield return ("cross-year", thisYear.Build(), previous);
    }

    [GeneratedRegex("[一二三四五六]:[a-z]")]
    private static partial Regex SectionKey();

    [GeneratedRegex("(?<![A-Za-z0-9])[a-z]+(?:[._][a-z0-9]+)+")]
    private static partial Regex DottedOrSnake();
}
