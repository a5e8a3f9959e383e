using Grants.Infrastructure;
using Grants.Infrastructure.Ledger;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Books altered by hand, as a careless or dishonest hand at the database would: verify names the first discrepancy and
/// exits 1, and the trial balance says so. Each test puts the books back. These run on a demo county of their own, so
/// the databases the other tests share stay consistent.
/// </summary>
public abstract class LedgerTamperTests(LedgerTamperApp app)
{
    private const string AlterFirstLine =
        """UPDATE "JournalLines" SET "Debit" = "Debit" + {0} WHERE "Id" = (SELECT MIN("Id") FROM "JournalLines")""";

    [Fact]
    public async Task One_journal_line_altered_by_hand_fails_verify_naming_its_entry_and_unbalances_the_trial_balance()
    {
        var entryId = await app.InDb(db => db.JournalLines.OrderBy(l => l.Id).Select(l => l.EntryId).FirstAsync());
        await Sql(AlterFirstLine, 1);
        try
        {
            var result = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());
            var exitCode = await GrantsCli.RunAsync(LedgerTests.VerifyArgs(app.Services.GetRequiredService<GrantsSettings>()));
            var page = await (await app.SignedIn("clerk")).GetPage("/ledger/trialbalance");

            Assert.False(result.IsOk);
            Assert.Equal(LedgerDiscrepancy.EntryUnbalanced, result.Discrepancy!.Key);
            Assert.StartsWith($"Journal entry #{entryId} (", VerifyCommand.Describe(result.Discrepancy), StringComparison.Ordinal);
            Assert.Equal(result.TotalDebits.Fen, result.TotalCredits.Fen + 1);
            Assert.Equal(1, exitCode);
            Assert.Equal("false", page.QuerySelector("[data-testid=balance-banner]")!.GetAttribute("data-balanced"));
            Assert.Contains($"#{entryId}", page.Text("[data-testid=verify-discrepancy]"), StringComparison.Ordinal);
        }
        finally
        {
            await Sql(AlterFirstLine, -1);
        }

        Assert.True((await app.InDb(db => new LedgerVerifier(db).VerifyAsync())).IsOk);
        Assert.Equal(0, await GrantsCli.RunAsync(LedgerTests.VerifyArgs(app.Services.GetRequiredService<GrantsSettings>())));
    }

    [Fact]
    public async Task A_pool_figure_altered_by_hand_fails_verify_naming_the_pool()
    {
        var pool = await app.InDb(db => db.Pools.OrderByDescending(p => p.FiscalYear).Select(p => new { p.Id, p.Name }).FirstAsync());
        const string alter = """UPDATE "Pools" SET "Allocated" = "Allocated" + {0} WHERE "Id" = {1}""";
        await Sql(alter, 100, pool.Id);
        try
        {
            var result = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());

            Assert.Equal(LedgerDiscrepancy.PoolAvailable, result.Discrepancy?.Key);
            Assert.Contains($"Pool #{pool.Id} “{pool.Name}”", VerifyCommand.Describe(result.Discrepancy!), StringComparison.Ordinal);
        }
        finally
        {
            await Sql(alter, -100, pool.Id);
        }
    }

    [Fact]
    public async Task A_donation_altered_by_hand_fails_verify_naming_its_project()
    {
        var donation = await app.InDb(db => db.Set<Grants.Domain.Projects.Donation>().OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.ProjectId, Project = db.Projects.IgnoreQueryFilters().Where(p => p.Id == d.ProjectId).Select(p => p.Name).First() })
            .FirstAsync());
        const string alter = """UPDATE "ProjectDonations" SET "Amount" = "Amount" + {0} WHERE "Id" = {1}""";
        await Sql(alter, 100, donation.Id);
        try
        {
            var result = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());

            Assert.Equal(LedgerDiscrepancy.ProjectFunds, result.Discrepancy?.Key);
            Assert.Contains($"Project #{donation.ProjectId} “{donation.Project}”", VerifyCommand.Describe(result.Discrepancy!), StringComparison.Ordinal);
        }
        finally
        {
            await Sql(alter, -100, donation.Id);
        }
    }

    [Fact]
    public async Task A_reversal_that_does_not_mirror_its_entry_fails_verify()
    {
        var original = await app.InDb(db => db.JournalEntries.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        // The original's lines copied unswapped: a "reversal" that would double the posting instead of undoing it.
        await Sql("""
            INSERT INTO "JournalEntries" ("Kind", "BookedOn", "Description", "Source", "PostedAt", "PostedBy", "ReversesEntryId")
            SELECT 9, "BookedOn", 'tampered', 'tampered', "PostedAt", 'tamperer', "Id" FROM "JournalEntries" WHERE "Id" = {0}
            """, original);
        try
        {
            await Sql("""
                INSERT INTO "JournalLines" ("EntryId", "Account", "Debit", "Credit")
                SELECT (SELECT "Id" FROM "JournalEntries" WHERE "ReversesEntryId" = {0}), "Account", "Debit", "Credit" FROM "JournalLines" WHERE "EntryId" = {0}
                """, original);
            var result = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());

            Assert.Equal(LedgerDiscrepancy.ReversalNotMirror, result.Discrepancy?.Key);
            Assert.Equal(original.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Discrepancy!.Args[1]);
        }
        finally
        {
            await Sql("""DELETE FROM "JournalLines" WHERE "EntryId" IN (SELECT "Id" FROM "JournalEntries" WHERE "PostedBy" = 'tamperer')""");
            await Sql("""DELETE FROM "JournalEntries" WHERE "PostedBy" = 'tamperer'""");
        }
    }

    [Fact]
    public async Task Verify_refuses_a_data_folder_without_a_database_with_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "grants-no-such-folder-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(2, await GrantsCli.RunAsync(["verify", "--data", missing]));
        Assert.False(Directory.Exists(missing));
    }

    private Task<int> Sql(string sql, params object[] args) => app.InDb(db => db.Database.ExecuteSqlRawAsync(sql, args));
}

public sealed class LedgerTamperOnSqlite(LedgerTamperApp.OnSqlite app) : LedgerTamperTests(app), IClassFixture<LedgerTamperApp.OnSqlite>;

public sealed class LedgerTamperOnPostgres(LedgerTamperApp.OnPostgres app) : LedgerTamperTests(app), IClassFixture<LedgerTamperApp.OnPostgres>;

/// <summary>A demo county of its own per engine, for the tests that damage the books by hand.</summary>
public abstract class LedgerTamperApp(DatabaseEngine engine) : GrantsApp(engine)
{
    public sealed class OnSqlite() : LedgerTamperApp(DatabaseEngine.Sqlite)
    {
        protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "grants.db")}";

        protected override Task DropDatabaseAsync()
        {
            SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        }
    }

    public sealed class OnPostgres() : LedgerTamperApp(DatabaseEngine.Postgres)
    {
        private readonly string databaseName = "grants_ledger_" + Guid.NewGuid().ToString("N");

        protected override string ConnectionString =>
            new NpgsqlConnectionStringBuilder(ServerConnection) { Database = databaseName }.ConnectionString;

        private static string ServerConnection => Environment.GetEnvironmentVariable(PostgresApp.Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{PostgresApp.Variable} is not set: the PostgreSQL web tests need a server.");

        protected override Task CreateDatabaseAsync() => AdminAsync($"CREATE DATABASE \"{databaseName}\"");

        protected override async Task DropDatabaseAsync()
        {
            if (Environment.GetEnvironmentVariable(PostgresApp.Variable) is { Length: > 0 })
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
            }
        }

        private static async Task AdminAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnection) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
