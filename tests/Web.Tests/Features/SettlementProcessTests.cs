using System.Data.Common;
using Grants.Infrastructure.Settlement;
using Grants.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Settlement across real processes: the program dies in the middle of the payouts and is started again; two job
/// servers on PostgreSQL share one quarter's jobs. Each ends with exactly one payout per rewarded community, one
/// notice per notice due, and books that verify. Every test works in a database of its own.
/// </summary>
public abstract class SettlementProcessTests : IAsyncLifetime
{
    protected abstract IReadOnlyList<string> Database { get; }

    protected abstract DbConnection Connect();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Killed_half_way_through_the_payouts_a_restarted_settle_pays_every_community_exactly_once()
    {
        await MustAsync(["seed", "--demo"]);

        var crashed = await GrantsProcess.RunAsync(
            ["settle", "--quarter", "2026Q3", "--review-as", "clerk", "--confirm-as", "approver", .. Database],
            new Dictionary<string, string> { [SettlementRun.CrashAfterTownshipsVariable] = "3" });

        Assert.NotEqual(0, crashed.ExitCode);
        var (expected, paid, _) = await CountsAsync();
        Assert.InRange(paid, 1, expected - 1);
        Assert.Equal(3, await ScalarAsync("""select "Status" from "Settlements" """)); // still Confirmed: not all paid

        await MustAsync(["settle", "--quarter", "2026Q3"]);

        await AssertSettledOnceAsync();
        await MustAsync(["verify"]);
    }

    protected async Task AssertSettledOnceAsync()
    {
        var (expected, paid, notices) = await CountsAsync();
        Assert.Equal(expected, paid);
        Assert.Equal(0, await ScalarAsync("""select count(*) from (select "CommunityId" from "AwardPayouts" where "ReversedAt" is null group by "CommunityId" having count(*) > 1) twice"""));
        Assert.Equal(notices, await ScalarAsync("""select count(distinct "CommunityId" * 10 + "Kind") from "IssuedNotices" """));
        Assert.Equal(3, await ScalarAsync("""select count(*) from "SettlementFiles" """));
        Assert.Equal(5, await ScalarAsync("""select "Status" from "Settlements" """));
    }

    /// <summary>Payouts due (rewarded lines) and made; notices issued.</summary>
    protected async Task<(long Expected, long Paid, long Notices)> CountsAsync() => (
        await ScalarAsync("""select count(*) from "SettlementLines" where "Award" > 0"""),
        await ScalarAsync("""select count(*) from "AwardPayouts" where "ReversedAt" is null"""),
        await ScalarAsync("""select count(*) from "IssuedNotices" """));

    protected async Task<long> ScalarAsync(string sql)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected async Task MustAsync(IEnumerable<string> args)
    {
        var list = args.ToList();
        var (exitCode, output) = await GrantsProcess.RunAsync([.. list, .. Database]);
        Assert.True(exitCode == 0, $"grants {string.Join(' ', list)} exited {exitCode}:\n{output}");
    }
}

public sealed class SettlementProcessesOnSqlite : SettlementProcessTests
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "grants-process-tests-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyList<string> Database => ["--data", data];

    protected override DbConnection Connect() => new SqliteConnection($"Data Source={Path.Combine(data, "grants.db")}");

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        return Task.CompletedTask;
    }
}

public sealed class SettlementProcessesOnPostgres : SettlementProcessTests
{
    private readonly string name = "grants_process_" + Guid.NewGuid().ToString("N");

    private static string Server => Environment.GetEnvironmentVariable(PostgresApp.Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{PostgresApp.Variable} is not set: the PostgreSQL process tests need a server (./grants test sets it).");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    protected override IReadOnlyList<string> Database => ["--db", "postgres", "--connection", ConnectionString];

    protected override DbConnection Connect() => new NpgsqlConnection(ConnectionString);

    public override Task InitializeAsync() => AdminAsync($"CREATE DATABASE \"{name}\"");

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    [Fact]
    public async Task Two_job_servers_settle_one_quarter_once_even_with_its_jobs_queued_twice()
    {
        await MustAsync(["seed", "--demo"]);
        await MustAsync(["settle", "--quarter", "2026Q3", "--review-as", "clerk"]);
        using var first = GrantsProcess.Start(["run", "--role", "worker", .. Database]);
        GrantsProcess.Drain(first);
        using var second = GrantsProcess.Start(["run", "--role", "worker", .. Database]);
        GrantsProcess.Drain(second);
        try
        {
            // Both servers up before any job is queued: on a loaded machine the first to start could take every job.
            var started = DateTime.UtcNow.AddMinutes(2);
            while (await JobServersAsync() < 2 && DateTime.UtcNow < started)
            {
                Assert.False(first.HasExited || second.HasExited, "a job server stopped");
                await Task.Delay(500);
            }

            await MustAsync(["settle", "--quarter", "2026Q3", "--confirm-as", "approver", "--enqueue"]);
            await MustAsync(["settle", "--quarter", "2026Q3", "--confirm-as", "approver", "--enqueue"]);

            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (await ScalarAsync("""select "Status" from "Settlements" """) != 5 && DateTime.UtcNow < deadline)
            {
                Assert.False(first.HasExited || second.HasExited, "a job server stopped");
                await Task.Delay(1000);
            }

            await AssertSettledOnceAsync();
            Assert.Equal(2, await ScalarAsync("""select count(distinct data::json->>'ServerId') from hangfire.state where name = 'Processing'"""));
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            second.Kill(entireProcessTree: true);
        }

        await MustAsync(["verify"]);
    }

    private async Task<long> JobServersAsync()
    {
        try
        {
            return await ScalarAsync("select count(*) from hangfire.server");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the first server has not installed Hangfire's schema yet
        }
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
