using System.Data.Common;
using System.Globalization;
using System.Text;
using Grants.Domain.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Grants.Web.Bench;

/// <summary>How <see cref="AuditFixture"/> writes its records: in batches, then once at the end.</summary>
internal interface IAuditWriter
{
    Task WriteAsync(IReadOnlyList<AuditRecord> rows, CancellationToken ct);

    Task CompleteAsync(CancellationToken ct);
}

internal sealed class AuditCopyWriter(NpgsqlBinaryImporter importer) : IAuditWriter
{
    public static async Task<AuditCopyWriter> BeginAsync(NpgsqlConnection connection, CancellationToken ct) =>
        new(await connection.BeginBinaryImportAsync($"COPY \"AuditRecords\" ({AuditFixture.Columns}) FROM STDIN (FORMAT BINARY)", ct));

    public async Task WriteAsync(IReadOnlyList<AuditRecord> rows, CancellationToken ct)
    {
        foreach (var r in rows)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(r.Sequence, NpgsqlDbType.Bigint, ct);
            await importer.WriteAsync(r.At.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            foreach (var text in (string?[])[r.Actor, r.Address, r.Operation, r.Action, r.EntityType, r.EntityId, r.Changes, r.PreviousHash, r.Hash])
            {
                await (text is null ? importer.WriteNullAsync(ct) : importer.WriteAsync(text, NpgsqlDbType.Text, ct));
            }
        }
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await importer.CompleteAsync(ct);
        await importer.DisposeAsync();
    }
}

internal sealed class AuditSqliteWriter(DbTransaction transaction, DbCommand insert) : IAuditWriter
{
    private const int RowsPerInsert = 100;

    public static async Task<AuditSqliteWriter> BeginAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(ct);
        var sql = new StringBuilder($"""INSERT INTO "AuditRecords" ({AuditFixture.Columns}) VALUES """);
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        for (var row = 0; row < RowsPerInsert; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < 11; column++)
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
                insert.Parameters.Add(parameter);
                sql.Append(column == 0 ? "" : ", ").Append(parameter.ParameterName);
            }

            sql.Append(')');
        }

        insert.CommandText = sql.ToString();
        await insert.PrepareAsync(ct);
        return new AuditSqliteWriter(transaction, insert);
    }

    public async Task WriteAsync(IReadOnlyList<AuditRecord> rows, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
        {
            if (rows.Count - start < RowsPerInsert)
            {
                await OneByOneAsync(rows.Skip(start), ct);
                return;
            }

            for (var row = 0; row < RowsPerInsert; row++)
            {
                Bind(insert, row, rows[start + row]);
            }

            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await transaction.CommitAsync(ct);
        await insert.DisposeAsync();
        await transaction.DisposeAsync();
    }

    private async Task OneByOneAsync(IEnumerable<AuditRecord> rows, CancellationToken ct)
    {
        await using var single = insert.Connection!.CreateCommand();
        single.Transaction = transaction;
        single.CommandText = $"""INSERT INTO "AuditRecords" ({AuditFixture.Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, 11).Select(c => $"@p0_{c}"))})""";
        for (var column = 0; column < 11; column++)
        {
            var parameter = single.CreateParameter();
            parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p0_{column}");
            single.Parameters.Add(parameter);
        }

        foreach (var r in rows)
        {
            Bind(single, 0, r);
            await single.ExecuteNonQueryAsync(ct);
        }
    }

    private static void Bind(DbCommand command, int row, AuditRecord r)
    {
        object?[] values = [r.Sequence, r.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            r.Actor, r.Address, r.Operation, r.Action, r.EntityType, r.EntityId, r.Changes, r.PreviousHash, r.Hash];
        for (var column = 0; column < values.Length; column++)
        {
            command.Parameters[row * 11 + column].Value = values[column] ?? DBNull.Value;
        }
    }
}
