using System.Diagnostics;
using System.Globalization;
using Grants.Domain.Audit;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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
    private static readonly TimeSpan Span = TimeSpan.FromDays(730);

    public const string Columns = "\"Sequence\", \"At\", \"Actor\", \"Address\", \"Operation\", \"Action\", \"EntityType\", \"EntityId\", \"Changes\", \"PreviousHash\", \"Hash\"";

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
            // Indexes built once at the end, by sorting, rather than row by row: the same indexes, many times faster.
            var indexes = await SecondaryIndexesAsync(db, ct);
            foreach (var (name, _) in indexes)
            {
                await using var drop = db.Database.GetDbConnection().CreateCommand();
                drop.CommandText = $"DROP INDEX \"{name}\""; // a name the database itself listed
                await drop.ExecuteNonQueryAsync(ct);
            }

            var writer = db.Database.IsSqlite() ? (IAuditWriter)await AuditSqliteWriter.BeginAsync(db.Database.GetDbConnection(), ct) : await AuditCopyWriter.BeginAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct);
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
            foreach (var (name, definition) in indexes)
            {
                BenchReport.Phase($"  building {name}");
                await db.Database.ExecuteSqlRawAsync(definition, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new AuditHistory(tail.Sequence + 1, tail.Sequence + records, tail.At, tail.At + Span, Users, watch.Elapsed);
    }

    /// <summary>The table's indexes other than its key, by name, with the SQL that creates each, as the migration made them.</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(GrantsDbContext db, CancellationToken ct)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'AuditRecords' AND sql IS NOT NULL"
            : "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'AuditRecords' AND indexname <> 'PK_AuditRecords'";
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
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
}
