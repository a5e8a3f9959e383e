using System.Text.Json;
using Grants.Domain.Audit;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// The journal proved row by row against the trail. Every entry and line posted since the trail began was written up
/// in full by the Added record of the commit that posted it, and that record is sealed in the chain; so a row must be
/// exactly what its record says (an edit by hand shows), every record must still have its row (a deletion shows), and
/// every row must have a record (an insertion shows). Rows from before the trail are held to the count the genesis
/// record took of them. Read as two streams and one anti-join, in bounded memory.
/// </summary>
internal sealed class JournalAgainstTrail(GrantsDbContext db)
{
    private sealed record Keys(string Count, string Unrecorded, string Differs, string Deleted);

    private static readonly Keys EntryKeys = new(
        AuditDiscrepancy.JournalEntryCount, AuditDiscrepancy.JournalEntryUnrecorded, AuditDiscrepancy.JournalEntryDiffers, AuditDiscrepancy.JournalEntryDeleted);

    private static readonly Keys LineKeys = new(
        AuditDiscrepancy.JournalLineCount, AuditDiscrepancy.JournalLineUnrecorded, AuditDiscrepancy.JournalLineDiffers, AuditDiscrepancy.JournalLineDeleted);

    public async Task<(long Rows, AuditDiscrepancy? Broken)> CheckAsync(JournalMark mark, CancellationToken ct)
    {
        var (entries, broken) = await CheckAsync(db.JournalEntries, mark.EntriesMaxId, mark.EntriesCount, EntryKeys, ct);
        if (broken is not null)
        {
            return (entries, broken);
        }

        var (lines, brokenLine) = await CheckAsync(db.JournalLines, mark.LinesMaxId, mark.LinesCount, LineKeys, ct);
        return (entries + lines, brokenLine);
    }

    /// <summary>The SQL of the deletion check: records of Added rows whose row is gone, the first by Sequence.</summary>
    internal static string DeletedRowsSql(string table, bool postgres) => $"""
        SELECT a."Sequence", a."EntityId" FROM "AuditRecords" AS a
        WHERE a."EntityType" = @type AND a."Action" = 'Added'
          AND NOT EXISTS (SELECT 1 FROM "{table}" AS r WHERE r."Id" = {(postgres ? "CAST(a.\"EntityId\" AS bigint)" : "a.\"EntityId\"")})
        ORDER BY a."Sequence" LIMIT 1
        """;

    private async Task<(long Rows, AuditDiscrepancy? Broken)> CheckAsync<T>(DbSet<T> rows, long maxId, long count, Keys keys, CancellationToken ct)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var id = type.FindPrimaryKey()!.Properties.Single();
        var before = await rows.LongCountAsync(r => EF.Property<long>(r, "Id") <= maxId, ct);
        if (before != count)
        {
            return (before, AuditDiscrepancy.Of(keys.Count, 1, maxId, before, count));
        }

        var name = AuditedChange.Name(type);
        var added = db.AuditRecords.Where(a => a.EntityType == name && a.Action == AuditActions.Added);
        var pairs = rows.AsNoTracking()
            .Where(r => EF.Property<long>(r, "Id") > maxId)
            .LeftJoin(added, r => EF.Property<long>(r, "Id").ToString(), a => a.EntityId, (r, a) => new { Row = r, Sequence = (long?)a!.Sequence, a.Changes })
            .OrderBy(p => EF.Property<long>(p.Row, "Id"));
        var checkedRows = before;
        await foreach (var pair in pairs.AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedRows++;
            var rowId = (long)id.GetGetter().GetClrValue(pair.Row)!;
            if (pair.Sequence is not { } sequence)
            {
                return (checkedRows, AuditDiscrepancy.Of(keys.Unrecorded, null, rowId));
            }

            if (FirstDifference(type, pair.Row, pair.Changes) is { } difference)
            {
                return (checkedRows, AuditDiscrepancy.Of(keys.Differs, sequence, rowId, sequence, difference.Property, difference.Recorded, difference.Now));
            }
        }

        var deleted = await FirstDeletedAsync(type.GetTableName()!, name, ct);
        return (checkedRows, deleted is null ? null : AuditDiscrepancy.Of(keys.Deleted, deleted.Sequence, deleted.EntityId, deleted.Sequence));
    }

    /// <summary>The first property whose value differs from the recorded one; properties the record does not name are skipped.</summary>
    private static (string Property, string Recorded, string Now)? FirstDifference(IEntityType type, object row, string? changes)
    {
        using var json = JsonDocument.Parse(changes ?? "{}");
        foreach (var property in type.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            if (json.RootElement.TryGetProperty(property.Name, out var recorded))
            {
                var now = AuditValues.Json(property, property.GetGetter().GetClrValue(row));
                if (recorded.GetRawText() != now)
                {
                    return (property.Name, recorded.GetRawText(), now);
                }
            }
        }

        return null;
    }

    private async Task<DeletedRow?> FirstDeletedAsync(string table, string name, CancellationToken ct)
    {
        var sql = DeletedRowsSql(table, !db.Database.IsSqlite());
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@type";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? new DeletedRow(reader.GetInt64(0), reader.GetString(1)) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record DeletedRow(long Sequence, string EntityId);
}
