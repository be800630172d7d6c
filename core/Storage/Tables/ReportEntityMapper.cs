using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>Maps a <see cref="StoredReport"/> to and from its <c>Reports</c> row.</summary>
public static class ReportEntityMapper
{
    public static TableEntity ToEntity(StoredReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new TableEntity(TableKeys.ReportPartition(r.Id), r.Id)
        {
            ["BlobPath"] = r.BlobPath,
            ["Body"] = r.Body,
            ["BodyKey"] = r.BodyKey,
            ["Region"] = r.Region,
            ["Year"] = r.Year,
            ["Template"] = r.Template,
            ["Status"] = EnumNames.Name(r.Status),
            ["Verdict"] = EnumNames.Name(r.Verdict),
            ["Errors"] = r.Errors,
            ["Warnings"] = r.Warnings,
            ["Notices"] = r.Notices,
            ["FiredRules"] = "," + string.Join(',', r.FiredRules) + ",",
            ["PublishedOn"] = r.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Deadline"] = r.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["DateStatus"] = EnumNames.Name(r.DateStatus),
            ["ContentHash"] = r.ContentHash,
            ["BlobETag"] = r.BlobETag,
            ["Size"] = r.Size,
            ["ParserVersion"] = r.ParserVersion,
            ["ProcessedAt"] = r.ProcessedAt,
            ["ErrorReason"] = r.ErrorReason,
            ["Figures"] = JsonSerializer.Serialize(r.Figures),
            ["CountPendingSince"] = r.CountPendingSince,
            ["SourceDeleted"] = r.SourceDeleted,
            ["ReconcileETag"] = r.ReconcileETag,
            ["ReconcileAttempts"] = r.ReconcileAttempts,
        };
    }

    /// <summary>The report id of a row: its row key, or its partition key in a row of the old layout.</summary>
    public static string IdOf(TableEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return IsLegacy(e) ? e.PartitionKey : e.RowKey;
    }

    /// <summary>A row of the old layout (partition = report id, row = <see cref="TableKeys.LegacyReportRow"/>).</summary>
    public static bool IsLegacy(TableEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.RowKey == TableKeys.LegacyReportRow;
    }

    public static StoredReport ToReport(TableEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var fired = e.GetString("FiredRules") ?? string.Empty;
        var figures = e.GetString("Figures") is { Length: > 0 } json ? JsonSerializer.Deserialize<KeyFigures>(json) ?? KeyFigures.Empty : KeyFigures.Empty;
        return new StoredReport
        {
            Id = IdOf(e),
            BlobPath = e.GetString("BlobPath") ?? string.Empty,
            Body = e.GetString("Body"),
            BodyKey = e.GetString("BodyKey") ?? string.Empty,
            Region = e.GetString("Region") ?? string.Empty,
            Year = e.GetInt32("Year"),
            Template = e.GetString("Template"),
            Status = EnumNames.Parse(e.GetString("Status"), ReportStatus.Failed),
            Verdict = EnumNames.Parse(e.GetString("Verdict"), Verdict.Unparseable),
            Errors = e.GetInt32("Errors") ?? 0,
            Warnings = e.GetInt32("Warnings") ?? 0,
            Notices = e.GetInt32("Notices") ?? 0,
            FiredRules = fired.Split(',', StringSplitOptions.RemoveEmptyEntries),
            PublishedOn = ParseDate(e.GetString("PublishedOn")),
            Deadline = ParseDate(e.GetString("Deadline")),
            DateStatus = EnumNames.Parse(e.GetString("DateStatus"), DateStatus.Unknown),
            ContentHash = e.GetString("ContentHash") ?? string.Empty,
            BlobETag = e.GetString("BlobETag"),
            Size = e.GetInt64("Size") ?? 0,
            ParserVersion = e.GetString("ParserVersion") ?? string.Empty,
            ProcessedAt = e.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue,
            ErrorReason = e.GetString("ErrorReason"),
            Figures = figures,
            CountPendingSince = e.GetDateTimeOffset("CountPendingSince"),
            SourceDeleted = e.GetBoolean("SourceDeleted") ?? false,
            ReconcileETag = e.GetString("ReconcileETag"),
            ReconcileAttempts = e.GetInt32("ReconcileAttempts") ?? 0,
            ETag = e.ETag.ToString(),
        };
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
