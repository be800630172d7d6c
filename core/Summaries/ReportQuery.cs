using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Summaries;

/// <summary>The filters, order and page of <c>GET /api/reports</c> and the exports, validated.</summary>
public sealed record ReportQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static readonly IReadOnlyList<string> Sorts = ["body", "-body", "year", "-year", "verdict", "-verdict", "errors", "-errors", "publishedOn", "-publishedOn", "region", "-region", "processedAt", "-processedAt"];

    public static IReadOnlyList<string> Statuses => EnumNames.All<ReportStatus>();

    public static IReadOnlyList<string> Verdicts => EnumNames.All<Verdict>();

    /// <summary>The severities' names, worst first (the order of the summary and the filter's error message).</summary>
    public static readonly IReadOnlyList<string> Severities = [.. EnumNames.All<Severity>().Reverse()];

    public int? Year { get; init; }

    public string? Region { get; init; }

    public string? Body { get; init; }

    public ReportStatus? Status { get; init; }

    public Verdict? Verdict { get; init; }

    public string? Rule { get; init; }

    public Severity? Severity { get; init; }

    public string Sort { get; init; } = "body";

    public int PageSize { get; init; } = DefaultPageSize;

    public int Offset { get; init; }

    /// <summary>Also the reports whose source file was deleted (left out by default).</summary>
    public bool IncludeDeleted { get; init; }

    /// <summary>The filters the <c>Reports</c> table applies itself.</summary>
    public ReportCriteria Criteria => new() { Year = Year, Region = Region, Body = Body, Status = Status, Verdict = Verdict, Severity = Severity };

    /// <summary>Reads query parameters; on a bad one, returns null and says which and why.</summary>
    public static ReportQuery? Parse(Func<string, string?> get, out (string Parameter, string Message)? error)
    {
        ArgumentNullException.ThrowIfNull(get);
        error = null;
        int? year = null;
        if (get("year") is { Length: > 0 } y)
        {
            if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 2000 or > 2100)
            {
                error = ("year", $"year 应为 2000 到 2100 之间的年份 must be a year between 2000 and 2100, got '{y}'");
                return null;
            }

            year = parsed;
        }

        var pageSize = DefaultPageSize;
        if (get("pageSize") is { Length: > 0 } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            error = ("pageSize", $"pageSize 应为 1 到 {MaxPageSize} must be between 1 and {MaxPageSize}, got '{p}'");
            return null;
        }

        var offset = 0;
        if (get("continuationToken") is { Length: > 0 } token && !TryReadToken(token, out offset))
        {
            error = ("continuationToken", "continuationToken 无效 is not a token this API gave");
            return null;
        }

        var status = get("status");
        var verdict = get("verdict");
        var severity = get("severity");
        var sort = get("sort") is { Length: > 0 } s ? s : "body";
        var statusKnown = TryFilter<ReportStatus>(status, out var statusFilter);
        var verdictKnown = TryFilter<Verdict>(verdict, out var verdictFilter);
        var severityKnown = TryFilter<Severity>(severity, out var severityFilter);
        error = !statusKnown ? ("status", $"status 应为 must be one of {string.Join(", ", Statuses)}")
            : !verdictKnown ? ("verdict", $"verdict 应为 must be one of {string.Join(", ", Verdicts)}")
            : !severityKnown ? ("severity", $"severity 应为 must be one of {string.Join(", ", Severities)}")
            : !Sorts.Contains(sort) ? ("sort", $"sort 应为 must be one of {string.Join(", ", Sorts)}")
            : get("region") is { Length: > 100 } ? ("region", "region 过长 is too long")
            : get("body") is { Length: > 200 } ? ("body", "body 过长 is too long")
            : get("rule") is { Length: > 100 } ? ("rule", "rule 过长 is too long")
            : get("deleted") is not (null or "" or "true" or "false") ? ("deleted", "deleted 应为 true 或 false must be true or false")
            : null;
        if (error is not null)
        {
            return null;
        }

        return new ReportQuery
        {
            Year = year,
            Region = Empty(get("region")),
            Body = Empty(get("body")),
            Status = statusFilter,
            Verdict = verdictFilter,
            Rule = Empty(get("rule")),
            Severity = severityFilter,
            Sort = sort,
            PageSize = pageSize,
            Offset = offset,
            IncludeDeleted = get("deleted") == "true",
        };
    }

    public static string Token(int offset) => Convert.ToBase64String(BitConverter.GetBytes(offset)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryReadToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
            if (bytes.Length != 4)
            {
                return false;
            }

            offset = BitConverter.ToInt32(bytes);
            return offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A filter's value by its name: none when the parameter is empty; false for a name that is not one.</summary>
    private static bool TryFilter<TEnum>(string? name, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(name))
        {
            return true;
        }

        if (!EnumNames.TryParse<TEnum>(name, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
