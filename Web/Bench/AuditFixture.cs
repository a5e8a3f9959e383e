using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grants.Domain.Audit;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Grants.Web.Bench;

/// <summary>What the fixture wrote: the Sequence range, the time span it covers, and the users who acted.</summary>
internal sealed record AuditHistory(long First, long Last, DateTimeOffset From, DateTimeOffset To, int Users, TimeSpan Fill);

/// <summary>
/// Years of audit trail built fast and valid: synthetic records (users approving, clerks posting, sign-ins, the
/// system) sealed in a proper chain after the real tail, written by COPY (PostgreSQL, binary) or by prepared
/// multi-row INSERTs in one transaction (SQLite). A fixture, not a use case: verify proves the chain it made.
/// </summary>
internal static class AuditFixture
{
    public const int Users = 300;
    private const int Batch = 10_000;
    private const int RowsPerInsert = 100;
    private static readonly TimeSpan Span = TimeSpan.FromDays(730);

    private const string Columns = "\"Sequence\", \"At\", \"Actor\", \"Address\", \"Operation\", \"Action\", \"EntityType\", \"EntityId\", \"Changes\", \"PreviousHash\", \"Hash\"";

    private static readonly string[] Types =
        ["DisbursementRequest", "Project", "PoolReceipt", "PoolAllocation", "FundingPool", "Invoice", "Evidence", "ReviewStep", "Scorecard", "CriterionScore", "Community", "Unit", "AwardPayout", "SettlementLine"];

    public static async Task<AuditHistory> FillAsync(GrantsDbContext db, long records, CancellationToken ct)
    {
        // One real event seals the genesis record and gives the tail the synthetic history is chained to.
        await AuditTrail.RecordAsync(db, AuditActions.SignedIn, "AppUser", null, AuditTrail.Details(("UserName", "bench")), "bench", ct);
        var tail = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync(ct);
        var watch = Stopwatch.StartNew();
        var random = new Random(2026);
        var previous = tail.Hash;
        var step = Span / records;
        var rows = new List<AuditRecord>(Batch);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var writer = db.Database.IsSqlite() ? (IWriter)await SqliteWriter.BeginAsync(db.Database.GetDbConnection(), ct) : await CopyWriter.BeginAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct);
            for (long i = 1; i <= records; i++)
            {
                var record = AuditRecord.Seal(tail.Sequence + i, tail.At + step * i, Event(random), previous);
                previous = record.Hash;
                rows.Add(record);
                if (rows.Count == Batch || i == records)
                {
                    await writer.WriteAsync(rows, ct);
                    rows.Clear();
                    BenchReport.Phase($"  audit records: {i:N0} of {records:N0} ({i / watch.Elapsed.TotalSeconds:N0}/s)");
                }
            }

            await writer.CompleteAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new AuditHistory(tail.Sequence + 1, tail.Sequence + records, tail.At, tail.At + Span, Users, watch.Elapsed);
    }

    public static string User(int n) => string.Create(CultureInfo.InvariantCulture, $"user{n:000}");

    public static string Type(int n) => Types[n % Types.Length];

    public static int TypeCount => Types.Length;

    private static AuditEvent Event(Random random)
    {
        var user = random.Next(10) == 0 ? null : User(random.Next(Users));
        var actor = user ?? AuditOperation.System;
        var address = user is null ? null : string.Create(CultureInfo.InvariantCulture, $"10.12.{random.Next(256)}.{random.Next(256)}");
        var roll = random.Next(100);
        if (roll >= 93 && user is not null)
        {
            var action = roll >= 98 ? AuditActions.SignInFailed : AuditActions.SignedIn;
            return new AuditEvent(user, address, "POST /account/signin", action, "AppUser", null, AuditTrail.Details(("UserName", user)));
        }

        var type = Type(random.Next(Types.Length));
        var id = random.Next(1, 200_001).ToString(CultureInfo.InvariantCulture);
        var operation = user is null ? "job SettlementJobs.PayAsync" : $"POST /{type.ToLowerInvariant()}/edit/{id}";
        return roll switch
        {
            < 55 => new AuditEvent(actor, address, operation, AuditActions.Added, type, id,
                $$"""{"Id":{{id}},"Amount":{{random.Next(1, 9_999_999)}}.{{random.Next(10, 99)}},"Name":"村内道路硬化 {{id}}","Status":"Draft"}"""),
            < 95 => new AuditEvent(actor, address, operation, AuditActions.Modified, type, id,
                """{"Status":["Submitted","Approved"],"Version":[3,4]}"""),
            _ => new AuditEvent(actor, address, operation, AuditActions.Deleted, type, id, $$"""{"Id":{{id}},"Name":"废弃 {{id}}"}"""),
        };
    }

    private interface IWriter
    {
        Task WriteAsync(IReadOnlyList<AuditRecord> rows, CancellationToken ct);

        Task CompleteAsync(CancellationToken ct);
    }

    private sealed class CopyWriter(NpgsqlBinaryImporter importer) : IWriter
    {
        public static async Task<CopyWriter> BeginAsync(NpgsqlConnection connection, CancellationToken ct) =>
            new(await connection.BeginBinaryImportAsync($"COPY \"AuditRecords\" ({Columns}) FROM STDIN (FORMAT BINARY)", ct));

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

    private sealed class SqliteWriter(DbTransaction transaction, DbCommand insert) : IWriter
    {
        public static async Task<SqliteWriter> BeginAsync(DbConnection connection, CancellationToken ct)
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            var sql = new StringBuilder($"""INSERT INTO "AuditRecords" ({Columns}) VALUES """);
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
            return new SqliteWriter(transaction, insert);
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
            single.CommandText = $"""INSERT INTO "AuditRecords" ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, 11).Select(c => $"@p0_{c}"))})""";
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
}
