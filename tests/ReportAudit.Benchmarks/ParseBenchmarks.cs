using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Validation;

namespace ReportAudit.Benchmarks;

/// <summary>The sample text reports: full parse (bytes → <see cref="AnnualReport"/>) and validation of the parsed report.</summary>
[MemoryDiagnoser]
public class TextParseBenchmarks
{
    private readonly ReportParser _parser = new();
    private readonly ReportValidator _validator = ReportValidator.CreateDefault();
    private byte[] _bytes = [];
    private string _fileName = string.Empty;
    private AnnualReport _report = null!;

    public static IEnumerable<string> Samples => Inputs.TextSamples.Keys;

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var path = Inputs.TextSamples[Sample];
        _bytes = File.ReadAllBytes(path);
        _fileName = "bench/" + Path.GetFileName(path);
        _report = _parser.Parse(_bytes, _fileName);
    }

    [Benchmark]
    public AnnualReport Parse() => _parser.Parse(_bytes, _fileName);

    [Benchmark]
    public ValidationResult Validate() => _validator.Validate(_report);
}

/// <summary>
/// The HTML renditions: our full parse (bytes → report, including decoding and AngleSharp) against a bare
/// AngleSharp parse of the same decoded string, and validation of the parsed report.
/// </summary>
[MemoryDiagnoser]
public class HtmlParseBenchmarks
{
    private readonly ReportParser _parser = new();
    private readonly ReportValidator _validator = ReportValidator.CreateDefault();
    private byte[] _bytes = [];
    private string _html = string.Empty;
    private string _fileName = string.Empty;
    private AnnualReport _report = null!;

    public static IEnumerable<string> Renditions => Inputs.HtmlRenditions.Keys;

    [ParamsSource(nameof(Renditions))]
    public string Rendition { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var path = Inputs.HtmlRenditions[Rendition];
        _bytes = File.ReadAllBytes(path);
        _html = Encoding.UTF8.GetString(_bytes);
        _fileName = "bench/" + Path.GetFileName(path);
        _report = _parser.Parse(_bytes, _fileName);
        if (_report.Status == ParseStatus.Unparseable)
        {
            throw new InvalidOperationException($"{Rendition} did not parse");
        }
    }

    [Benchmark(Baseline = true)]
    public IHtmlDocument BareAngleSharp() => new HtmlParser().ParseDocument(_html);

    /// <summary>Diagnostic: AngleSharp with the options our HTML reader uses (no scripting), to split the gap.</summary>
    [Benchmark]
    public IHtmlDocument AngleSharpOurOptions() =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(_html);

    [Benchmark]
    public AnnualReport Parse() => _parser.Parse(_bytes, _fileName);

    [Benchmark]
    public ValidationResult Validate() => _validator.Validate(_report);
}
