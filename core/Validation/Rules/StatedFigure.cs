namespace ReportAudit.Core.Validation.Rules;

/// <summary>A figure the prose states clearly, with the clause it was read from (quoted in findings).</summary>
internal readonly record struct StatedFigure(decimal Value, string Quote);
