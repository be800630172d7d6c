using System.Text.Json.Serialization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage;

/// <summary>How a URL of a collection run ended, as stored in the collection log and served. Names and labels: <see cref="EnumNames"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CollectionOutcome>))]
public enum CollectionOutcome
{
    /// <summary>Fetched and dropped into the reports container (the normal trigger checks it).</summary>
    [JsonStringEnumMemberName("stored")]
    [Label("已保存", "stored")]
    Stored,

    /// <summary>Fetched, but the same content (by SHA-256) is already stored.</summary>
    [JsonStringEnumMemberName("skipped")]
    [Label("内容相同，跳过", "skipped")]
    Skipped,

    /// <summary>A column (list) page was read and its report items queued.</summary>
    [JsonStringEnumMemberName("listed")]
    [Label("已读取栏目", "listed")]
    Listed,

    /// <summary>The page is not an annual report of the years asked for, or it only points at its attachments.</summary>
    [JsonStringEnumMemberName("not-a-report")]
    [Label("不是年度报告", "not-a-report")]
    NotAReport,

    /// <summary>404 or 410: a dead link.</summary>
    [JsonStringEnumMemberName("not-found")]
    [Label("链接失效", "not-found")]
    NotFound,

    /// <summary>robots.txt disallows the path for our User-Agent.</summary>
    [JsonStringEnumMemberName("robots")]
    [Label("robots.txt 不允许", "robots")]
    RefusedByRobots,

    /// <summary>Larger than <c>Collection:MaxBytes</c>; reading stopped there.</summary>
    [JsonStringEnumMemberName("too-large")]
    [Label("文件过大", "too-large")]
    TooLarge,

    /// <summary>No complete answer within <c>Collection:TimeoutSeconds</c>.</summary>
    [JsonStringEnumMemberName("timed-out")]
    [Label("超时", "timed-out")]
    TimedOut,

    /// <summary>Any other failure: another HTTP status, too many redirects, a refused connection, retries used up.</summary>
    [JsonStringEnumMemberName("error")]
    [Label("出错", "error")]
    Error,
}
