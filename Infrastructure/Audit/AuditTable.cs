using System.Data.Common;
using System.Globalization;
using System.Text;
using Grants.Domain.Audit;

namespace Grants.Infrastructure.Audit;

/// <summary>The sealer's plain SQL on the committing transaction: the lock, the chain's tail, and the inserts.</summary>
internal sealed class AuditTable(DbTransaction transaction, bool postgres, int? timeout)
{
    public const string Columns = """
        "Sequence", "At", "Actor", "Address", "Operation", "Action", "EntityType", "EntityId", "Changes", "PreviousHash", "Hash"
        """;

    /// <summary>The advisory lock's key on PostgreSQL: "GrantsAu" in ASCII; nothing else in the database takes it.</summary>
    public const long LockKey = 0x4772616E74734175;

    // PostgreSQL: 11 parameters a row, 500 rows a statement, far below its 65,535 parameters and few round trips.
    private const int RowsPerInsert = 500;

    private const string SqliteTime = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public async Task LockAsync(CancellationToken ct)
    {
        await using var command = Command($"SELECT pg_advisory_xact_lock({LockKey})");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The last record's sequence, time and hash — sealing the genesis record first if the migration left it unsealed.</summary>
    public async Task<(long Sequence, DateTimeOffset At, string Hash)> SealedTailAsync(CancellationToken ct)
    {
        await using var command = Command($"""SELECT {Columns} FROM "AuditRecords" ORDER BY "Sequence" DESC LIMIT 1""");
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException("The audit trail has lost its genesis record: nothing can be chained to it. Run ./grants verify.");
        }

        var sequence = reader.GetInt64(0);
        var at = ReadTime(reader, 1);
        var hash = reader.GetString(10);
        if (hash.Length > 0 || sequence != 1)
        {
            return (sequence, at, hash);
        }

        var genesis = new AuditEvent(reader.GetString(2), Text(reader, 3), reader.GetString(4), reader.GetString(5), Text(reader, 6), Text(reader, 7), Text(reader, 8));
        hash = AuditHash.Compute(sequence, at, genesis, reader.GetString(9));
        await reader.DisposeAsync();
        await using var seal = Command("""UPDATE "AuditRecords" SET "Hash" = @hash WHERE "Sequence" = 1 AND "Hash" = ''""");
        Add(seal, "@hash", hash);
        await seal.ExecuteNonQueryAsync(ct);
        return (sequence, at, hash);
    }

    public async Task InsertAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        if (!postgres)
        {
            await InsertOneByOneAsync(records, ct);
            return;
        }

        foreach (var batch in records.Chunk(RowsPerInsert))
        {
            var sql = new StringBuilder($"""INSERT INTO "AuditRecords" ({Columns}) VALUES """);
            await using var command = Command("");
            for (var i = 0; i < batch.Length; i++)
            {
                var values = Values(batch[i]);
                sql.Append(i == 0 ? "(" : ", (");
                for (var v = 0; v < values.Length; v++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{i}_{v}");
                    sql.Append(v == 0 ? "" : ", ").Append(name);
                    Add(command, name, values[v]);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// SQLite: one prepared single-row INSERT, run per record — as fast in-process as a multi-row one, without
    /// binding thousands of named parameters (found by name one at a time, which grows with their square).
    /// </summary>
    private async Task InsertOneByOneAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        await using var command = Command($"""INSERT INTO "AuditRecords" ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, 11).Select(v => $"@p{v}"))})""");
        for (var v = 0; v < 11; v++)
        {
            Add(command, string.Create(CultureInfo.InvariantCulture, $"@p{v}"), null);
        }

        await command.PrepareAsync(ct);
        foreach (var record in records)
        {
            var values = Values(record);
            for (var v = 0; v < values.Length; v++)
            {
                command.Parameters[v].Value = values[v] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private object?[] Values(AuditRecord r) =>
    [
        r.Sequence, postgres ? r.At.UtcDateTime : r.At.UtcDateTime.ToString(SqliteTime, CultureInfo.InvariantCulture),
        r.Actor, r.Address, r.Operation, r.Action, r.EntityType, r.EntityId, r.Changes, r.PreviousHash, r.Hash,
    ];

    /// <summary>A stored time as the model reads it: PostgreSQL's timestamptz, or SQLite's text in EF's format.</summary>
    public static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private DbCommand Command(string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (timeout is { } seconds)
        {
            command.CommandTimeout = seconds;
        }

        return command;
    }
}
