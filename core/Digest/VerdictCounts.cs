using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Digest;

/// <summary>How many reports got each verdict.</summary>
public sealed record VerdictCounts(int Passed, int Warnings, int Failed, int Unparseable)
{
    public static VerdictCounts Empty { get; } = new(0, 0, 0, 0);

    public int Total => Passed + Warnings + Failed + Unparseable;

    public static VerdictCounts Of(IEnumerable<StoredReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        int passed = 0, warnings = 0, failed = 0, unparseable = 0;
        foreach (var report in reports)
        {
            switch (report.Verdict)
            {
                case Verdict.Passed: passed++; break;
                case Verdict.Warnings: warnings++; break;
                case Verdict.Failed: failed++; break;
                default: unparseable++; break;
            }
        }

        return new VerdictCounts(passed, warnings, failed, unparseable);
    }
}
