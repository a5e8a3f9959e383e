using System.Collections.Concurrent;
using Grants.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Grants.Infrastructure.Data;

/// <summary>
/// Runs a money movement as one database transaction and, when another movement of the same rows won the race,
/// runs the whole unit again from a clean change tracker — so the retry re-reads the balance and re-checks the
/// rule instead of replaying stale figures. See docs/decisions/005-concurrent-money-movements.md.
/// </summary>
public static class MovementRetry
{
    public const int MaxAttempts = 10;

    // SQLite has one writer per database file. Queuing this process's movements here, asynchronously, spares
    // them Microsoft.Data.Sqlite's busy loop, which blocks a thread and polls every 150 ms.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    public static async Task<T> InMovementAsync<T>(this GrantsDbContext db, Func<CancellationToken, Task<T>> unit, CancellationToken ct)
    {
        var writer = db.Database.IsSqlite() ? SqliteWriters.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1)) : null;
        for (var attempt = 1; ; attempt++)
        {
            if (writer is not null)
            {
                await writer.WaitAsync(ct);
            }

            try
            {
                if (await TryOnceAsync(db, unit, ct) is (true, var result))
                {
                    return result;
                }
            }
            finally
            {
                writer?.Release();
            }

            if (attempt == MaxAttempts)
            {
                throw new DomainRuleException("Rule.ChangedMeanwhile");
            }

            await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
        }
    }

    /// <summary>
    /// Lost races, not errors: a row changed since it was read (the Version tokens), SQLite's write lock held too long
    /// or a WAL snapshot gone stale (BUSY 5, LOCKED 6), PostgreSQL's serialization failure, deadlock or lock wait
    /// cut short by the command timeout.
    /// </summary>
    public static bool IsConflict(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.QueryCanceled or PostgresErrorCodes.LockNotAvailable,
        // A statement that timed out waiting for the pool's row lock on a loaded server: nothing was committed.
        NpgsqlException { IsTransient: true } => true,
        DbUpdateException { InnerException: { } inner } => IsConflict(inner),
        InvalidOperationException { InnerException: { } inner } => IsConflict(inner),
        _ => false,
    };

    private static async Task<(bool Done, T Result)> TryOnceAsync<T>(GrantsDbContext db, Func<CancellationToken, Task<T>> unit, CancellationToken ct)
    {
        // EF begins SQLite transactions with BEGIN IMMEDIATE: the write lock is taken here, before anything is read.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await unit(ct);
            await transaction.CommitAsync(ct);
            return (true, result);
        }
        catch (Exception e) when (IsConflict(e))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return (false, default!);
        }
        finally
        {
            // Nothing of a failed attempt may ride along with a later SaveChanges.
            db.ChangeTracker.Clear();
        }
    }
}
