using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Each body's reports by year: partition = body key, row = year. The previous year's figures are one
/// point query (partition and row key), whatever the number of reports. The same table holds, in rows
/// that are not a bare year, the versions of a body-year (<c>2022~v0001</c>) and the written forms of
/// bodies under their short form (<c>~alias~{region}|{written}</c>); the body page reads only year rows.
/// </summary>
public sealed class TableBodyIndex(TableServiceClient service, StorageOptions options) : IBodyIndex
{
    private const string AliasRow = "~alias~";
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

    public async Task UpsertAsync(BodyYearEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = new TableEntity(TableKeys.Escape(entry.BodyKey), TableKeys.Year(entry.Year))
        {
            ["BodyKey"] = entry.BodyKey,
            ["Year"] = entry.Year,
            ["ReportId"] = entry.ReportId,
            ["Body"] = entry.Body,
            ["Region"] = entry.Region,
            ["Verdict"] = EnumNames.Name(entry.Verdict),
            ["Figures"] = entry.Figures is null ? null : JsonSerializer.Serialize(entry.Figures),
            ["KeyFigures"] = JsonSerializer.Serialize(entry.KeyFigures),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

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
        e.GetString("KeyFigures") is { Length: > 0 } k ? JsonSerializer.Deserialize<KeyFigures>(k) ?? KeyFigures.Empty : KeyFigures.Empty);
}
