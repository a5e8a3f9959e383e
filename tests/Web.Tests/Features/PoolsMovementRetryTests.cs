using Grants.Domain;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Grants.Web.Localization;
using Grants.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>The unit of work behind every pool movement: lost races are retried from scratch, and give up with a clear message.</summary>
public abstract class PoolsMovementRetryTests(GrantsApp app)
{
    [Fact]
    public async Task A_movement_that_keeps_losing_gives_up_after_ten_attempts_and_leaves_nothing_behind()
    {
        var before = await app.CountsAsync();
        var attempts = 0;

        var refused = await app.InDb(db => Assert.ThrowsAsync<DomainRuleException>(() => db.InMovementAsync<int>(async ct =>
        {
            attempts++;
            db.Pools.Add(new FundingPool(Year, UniqueName("不会保存")));
            await db.SaveChangesAsync(ct);
            throw new DbUpdateConcurrencyException("another movement won");
        }, CancellationToken.None)));

        Assert.Equal(MovementRetry.MaxAttempts, attempts);
        Assert.Equal("Rule.ChangedMeanwhile", refused.Code);
        Assert.Equal(before, await app.CountsAsync());
        Assert.NotNull(UiText.Catalogue.Find(refused.Code, UiText.English));
    }

    [Fact]
    public async Task A_busy_database_is_a_lost_race_and_the_whole_unit_runs_again()
    {
        var attempts = 0;
        var name = UniqueName("第二次成功");

        var id = await app.InDb(db => db.InMovementAsync(async ct =>
        {
            var pool = new FundingPool(Year, name);
            db.Pools.Add(pool);
            await db.SaveChangesAsync(ct);
            return ++attempts == 1 ? throw new SqliteException("database is locked", 5) : pool.Id;
        }, CancellationToken.None));

        Assert.Equal(2, attempts);
        Assert.Equal(name, (await app.PoolAsync(id)).Name);
        Assert.Equal(1, await app.InDb(db => db.Pools.CountAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task A_refused_rule_is_not_retried()
    {
        var attempts = 0;

        await app.InDb(db => Assert.ThrowsAsync<DomainRuleException>(() => db.InMovementAsync<int>(_ =>
        {
            attempts++;
            throw new DomainRuleException("Rule.PoolInsufficient", "¥2.00", "¥1.00");
        }, CancellationToken.None)));

        Assert.Equal(1, attempts);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PoolsMovementRetryOnSqlite(SqliteApp app) : PoolsMovementRetryTests(app);

[Collection(OnPostgres.Name)]
public sealed class PoolsMovementRetryOnPostgres(PostgresApp app) : PoolsMovementRetryTests(app);

/// <summary>What the SQLite half of the design relies on (docs/decisions/005): a movement holds the write lock from its first statement.</summary>
[Collection(OnSqlite.Name)]
public sealed class PoolsSqliteWriteLockTests(SqliteApp app)
{
    [Fact]
    public async Task On_sqlite_a_movement_transaction_holds_the_write_lock_from_the_start()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var other = new SqliteConnection(db.Database.GetConnectionString());
        await other.OpenAsync();
        await using var write = other.CreateCommand();
        write.CommandText = "BEGIN IMMEDIATE;";
        write.CommandTimeout = 1;

        var busy = await Assert.ThrowsAsync<SqliteException>(() => write.ExecuteNonQueryAsync());

        Assert.Equal(5, busy.SqliteErrorCode);
    }
}
