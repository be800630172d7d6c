namespace ReportAudit.Core.Validation;

/// <summary>One validation rule: pure, no I/O. It reports findings, or says it could not assess the report, through the context.</summary>
public interface IReportRule
{
    RuleDescriptor Descriptor { get; }

    void Evaluate(RuleContext context);
}
