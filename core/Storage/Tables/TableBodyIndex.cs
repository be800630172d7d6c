using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Each body's reports by year: partition = body key. Every report of a body-year has its row
/// (<c>2022-{reportId}</c>), and the bare year row (<c>2022</c>) holds the body-year's current report
/// (<see cref="BodyYearEntry.CurrentOf"/>), so the previous year's figures are one point query whatever the
/// number of reports. A year row written before reports had rows of their own is read as its only report and
/// gets its row when the body-year is next written. The same table holds the versions of a body-year
/// (<c>2022~v0001</c>) and the written forms of bodies under their short form (<c>~alias~{region}|{written}</c>).
/// </summary>
public sealed class TableBodyIndex(TableServiceClient service, StorageOptions options) : IBodyIndex
{
    private const string AliasRow = "~alias~";

    /// <summary>Tries at choosing a body-year's current report while other writers change it.</summary>
    private const int MaxAttempts = 8;
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.BodyIndex));

    public async Task<PreviousYearFigures?> FindAsync(string bodyKey, int year, CancellationToken cancellationToken = default) =>
        (await GetAsync(bodyKey, year, cancellationToken).ConfigureAwait(false))?.Figures;

    public async Task<BodyYearEntry?> GetAsync(string bodyKey, int year, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return null;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(bodyKey), TableKeys.Year(year), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToEntry(response.Value!) : null;
    }

    public async Task<bool> ExistsAsync(string bodyKey, int year, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return false;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(bodyKey), TableKeys.Year(year), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue;
    }

    public async Task<BodyYearEntry?> UpsertReportAsync(BodyYearEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _table.UpsertEntityAsync(ToEntity(entry, ReportRow(entry.Year, entry.ReportId)), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return await ChooseCurrentAsync(entry.BodyKey, entry.Year, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BodyYearEntry?> RemoveReportAsync(string bodyKey, int year, string reportId, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return null;
        }

        // A year row from before per-report rows gets its row first, so that removing another report keeps it listed.
        await MigrateAsync(bodyKey, year, await YearRowAsync(TableKeys.Escape(bodyKey), year, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.DeleteEntityAsync(TableKeys.Escape(bodyKey), ReportRow(year, reportId), ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Not listed under that body-year: nothing to remove.
        }

        return await ChooseCurrentAsync(bodyKey, year, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BodyYearEntry>> GetReportsAsync(string bodyKey, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return [];
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(bodyKey)}");
        var current = new Dictionary<int, BodyYearEntry>();
        var reports = new List<BodyYearEntry>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey.All(char.IsAsciiDigit))
            {
                var entry = ToEntry(entity);
                current[entry.Year] = entry;
            }
            else if (IsReportRow(entity.RowKey))
            {
                reports.Add(ToEntry(entity));
            }
        }

        // A year listed only by its year row (written before per-report rows) has that report alone.
        var listed = reports.Select(r => r.Year).ToHashSet();
        reports.AddRange(current.Values.Where(c => !listed.Contains(c.Year)));
        return reports
            .Select(r => r with { Current = current.TryGetValue(r.Year, out var c) && c.ReportId == r.ReportId })
            .OrderBy(r => r.Year)
            .ThenByDescending(r => r.Current)
            .ThenByDescending(r => r.Version)
            .ThenBy(r => r.ReportId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Writes the body-year's current report into its year row (or removes the row when it has no report left) and
    /// returns it. The year row is replaced under the ETag it was read with, after the reports were listed: a writer
    /// that listed before another's report row arrived loses the race and chooses again from the full list.
    /// </summary>
    private async Task<BodyYearEntry?> ChooseCurrentAsync(string bodyKey, int year, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(bodyKey);
        for (var attempt = 1; ; attempt++)
        {
            // One read of the year row serves the migration check and the ETag the choice is written under.
            var stored = await YearRowAsync(partition, year, cancellationToken).ConfigureAwait(false);
            await MigrateAsync(bodyKey, year, stored, cancellationToken).ConfigureAwait(false);
            var chosen = BodyYearEntry.CurrentOf(await ReportsOfYearAsync(partition, year, cancellationToken).ConfigureAwait(false));
            try
            {
                if (chosen is null)
                {
                    if (stored.HasValue)
                    {
                        await _table.DeleteEntityAsync(partition, TableKeys.Year(year), stored.Value!.ETag, cancellationToken).ConfigureAwait(false);
                    }

                    return null;
                }

                var entity = ToEntity(chosen, TableKeys.Year(year));
                if (!stored.HasValue)
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(entity, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return chosen;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412 && attempt < MaxAttempts)
            {
                // Another writer changed the year row meanwhile: choose again from what is listed now.
            }
        }
    }

    private async Task<NullableResponse<TableEntity>> YearRowAsync(string partition, int year, CancellationToken cancellationToken) =>
        await _table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Year(year), cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>A year row (<paramref name="stored"/>, as just read) written before per-report rows existed (it has no <c>Version</c>) gets its report's row, once.</summary>
    private async Task MigrateAsync(string bodyKey, int year, NullableResponse<TableEntity> stored, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(bodyKey);
        if (!stored.HasValue || stored.Value!.ContainsKey("Version") || stored.Value.GetString("ReportId") is not { Length: > 0 } reportId)
        {
            return;
        }

        var row = await _table.GetEntityIfExistsAsync<TableEntity>(partition, ReportRow(year, reportId), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (row.HasValue)
        {
            return;
        }

        // Its version number, when versions were recorded for the body-year, so that the current report stays the latest version.
        var versions = await GetVersionsAsync(bodyKey, year, cancellationToken).ConfigureAwait(false);
        var number = versions.Where(v => v.ReportId == reportId).Select(v => v.Number).DefaultIfEmpty(0).Max();
        try
        {
            await _table.AddEntityAsync(ToEntity(ToEntry(stored.Value) with { Version = number }, ReportRow(year, reportId)), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another writer migrated it first.
        }
    }

    private async Task<List<BodyYearEntry>> ReportsOfYearAsync(string partition, int year, CancellationToken cancellationToken)
    {
        var reports = new List<BodyYearEntry>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(ReportRowsFilter(partition, year), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            reports.Add(ToEntry(entity));
        }

        return reports;
    }

    /// <summary>Rows <c>{year}-…</c>: '.' follows '-', so the range holds exactly the year's report rows.</summary>
    private static string ReportRowsFilter(string partition, int year) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {TableKeys.Year(year) + "-"} and RowKey lt {TableKeys.Year(year) + "."}");

    private static string ReportRow(int year, string reportId) => TableKeys.Year(year) + "-" + reportId;

    private static bool IsReportRow(string rowKey) => rowKey.Length > 5 && rowKey[4] == '-' && rowKey[..4].All(char.IsAsciiDigit);

    private static TableEntity ToEntity(BodyYearEntry entry, string rowKey) => new(TableKeys.Escape(entry.BodyKey), rowKey)
    {
        ["BodyKey"] = entry.BodyKey,
        ["Year"] = entry.Year,
        ["ReportId"] = entry.ReportId,
        ["Body"] = entry.Body,
        ["Region"] = entry.Region,
        ["Verdict"] = EnumNames.Name(entry.Verdict),
        ["Figures"] = entry.Figures is null ? null : JsonSerializer.Serialize(entry.Figures),
        ["KeyFigures"] = JsonSerializer.Serialize(entry.KeyFigures),
        ["BlobPath"] = entry.BlobPath,
        ["PublishedOn"] = entry.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Version"] = entry.Version,
    };

    public async Task<IReadOnlyList<BodyYearEntry>> GetBodyAsync(string bodyKey, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(bodyKey)}");
        var entries = new List<BodyYearEntry>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey.All(char.IsAsciiDigit))
            {
                entries.Add(ToEntry(entity));
            }
        }

        return entries.OrderBy(e => e.Year).ToList();
    }

    public async Task<IReadOnlyList<ReportVersion>> GetVersionsAsync(string bodyKey, int year, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return [];
        }

        var prefix = VersionPrefix(year);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(bodyKey)} and RowKey gt {prefix} and RowKey lt {prefix + "~"}");
        var versions = new List<ReportVersion>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            versions.Add(new ReportVersion(
                bodyKey,
                year,
                e.GetInt32("Number") ?? 0,
                e.GetString("ReportId") ?? string.Empty,
                e.GetString("BlobPath") ?? string.Empty,
                e.GetString("ContentHash") ?? string.Empty,
                e.GetString("ParsedId") ?? string.Empty,
                e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
                e.GetString("Change") is { Length: > 0 } json ? JsonSerializer.Deserialize<VersionChange>(json) : null));
        }

        return versions.OrderBy(v => v.Number).ToList();
    }

    public async Task<bool> TryAddVersionAsync(ReportVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var entity = new TableEntity(TableKeys.Escape(version.BodyKey), VersionPrefix(version.Year) + version.Number.ToString("D4", CultureInfo.InvariantCulture))
        {
            ["Number"] = version.Number,
            ["ReportId"] = version.ReportId,
            ["BlobPath"] = version.BlobPath,
            ["ContentHash"] = version.ContentHash,
            ["ParsedId"] = version.ParsedId,
            ["ReceivedAt"] = version.ReceivedAt,
            ["Change"] = version.Change is null ? null : JsonSerializer.Serialize(version.Change),
        };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<BodyAlias>> GetAliasesAsync(string shortForm, string region, CancellationToken cancellationToken = default)
    {
        if (shortForm.Length == 0)
        {
            return [];
        }

        var prefix = AliasPrefix(region);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(shortForm)} and RowKey gt {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var aliases = new List<BodyAlias>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            aliases.Add(ToAlias(shortForm, region, e));
        }

        return aliases;
    }

    public async Task<BodyAlias> AddAliasAsync(BodyAlias alias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var partition = TableKeys.Escape(alias.ShortForm);
        var row = AliasPrefix(alias.Region) + TableKeys.Escape(alias.Written);
        try
        {
            await _table.AddEntityAsync(new TableEntity(partition, row) { ["Written"] = alias.Written, ["BodyKey"] = alias.BodyKey }, cancellationToken).ConfigureAwait(false);
            return alias;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var stored = await _table.GetEntityAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ToAlias(alias.ShortForm, alias.Region, stored.Value);
        }
    }

    private static string VersionPrefix(int year) => TableKeys.Year(year) + "~v";

    /// <summary>
    /// <c>~alias~{region}|</c>: every row that starts with it sorts between it and <c>~alias~{region}}</c> ('}' follows '|');
    /// '|' and '}' are escaped in the region, so that one region's rows never fall in another's range.
    /// </summary>
    private static string AliasPrefix(string region) =>
        AliasRow + TableKeys.Escape(region).Replace("|", "%7C", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal) + "|";

    private static BodyAlias ToAlias(string shortForm, string region, TableEntity e) =>
        new(shortForm, region, e.GetString("Written") ?? string.Empty, e.GetString("BodyKey") ?? string.Empty);

    private static BodyYearEntry ToEntry(TableEntity e) => new(
        e.GetString("BodyKey") ?? string.Empty,
        e.GetInt32("Year") ?? 0,
        e.GetString("ReportId") ?? string.Empty,
        e.GetString("Body"),
        e.GetString("Region") ?? string.Empty,
        EnumNames.Parse(e.GetString("Verdict"), Verdict.Unparseable),
        e.GetString("Figures") is { Length: > 0 } f ? JsonSerializer.Deserialize<PreviousYearFigures>(f) : null,
        e.GetString("KeyFigures") is { Length: > 0 } k ? JsonSerializer.Deserialize<KeyFigures>(k) ?? KeyFigures.Empty : KeyFigures.Empty)
    {
        BlobPath = e.GetString("BlobPath") ?? string.Empty,
        PublishedOn = DateOnly.TryParseExact(e.GetString("PublishedOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) ? published : null,
        Version = e.GetInt32("Version") ?? 0,
    };
}
