using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grants.Infrastructure.Ledger;

/// <summary>
/// A read-only transaction in which every query sees the same committed state, so a movement committed halfway
/// through the verifier's (or the trial balance's) several queries cannot show up as a false discrepancy.
/// </summary>
public static class ReadSnapshot
{
    /// <summary>Null when the caller is already inside a transaction, whose view is then used.</summary>
    public static async Task<IDbContextTransaction?> BeginAsync(DatabaseFacade database, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.CurrentTransaction is not null)
        {
            return null;
        }

        // PostgreSQL: REPEATABLE READ is one snapshot for the whole transaction. SQLite: Microsoft.Data.Sqlite begins a
        // *deferred* transaction only for ReadUncommitted (any other level takes the write lock at once and would stall
        // the app's writers); without shared cache read_uncommitted changes nothing, and in WAL mode a deferred
        // transaction reads one snapshot from its first read to its end.
        var level = database.IsSqlite() ? IsolationLevel.ReadUncommitted : IsolationLevel.RepeatableRead;
        return await database.BeginTransactionAsync(level, ct);
    }
}
