namespace ReportAudit.Core.Parsing;

/// <summary>Thrown inside the parser by a reader that cannot go on; the parser turns it into an unparseable result.</summary>
internal sealed class ParseFailure(string code, string messageZh, string messageEn) : Exception(messageEn)
{
    public string Code { get; } = code;

    public string MessageZh { get; } = messageZh;
}
