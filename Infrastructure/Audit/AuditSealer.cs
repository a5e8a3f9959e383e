using System.Data;
using System.Data.Common;
using Grants.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// Writes a transaction's audit events into the chain as it commits, on its own connection and transaction: they
/// commit together or not at all. Sealing waits for the previous committer only here, at the very end — on
/// PostgreSQL an advisory lock held until the commit, on SQLite the write lock the transaction already holds — so a
/// transaction never waits for anything while holding it, and cannot deadlock with the pool locks or row locks it
/// took before. See docs/decisions/013-audit-trail.md.
/// </summary>
internal sealed class AuditSealer(TimeProvider clock) : DbTransactionInterceptor
{
    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        return SealAsync(transaction, eventData.Context, result, cancellationToken);
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        SealAsync(transaction, eventData.Context, result, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    // Whatever a buffer holds for commit when a transaction starts belongs to one that ended without a commit (disposed
    // unfinished). The save in progress stays: SaveChanges begins its own transaction after its changes were caught.
    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        return base.TransactionStartedAsync(connection, eventData, result, cancellationToken);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        return base.TransactionStarted(connection, eventData, result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        return base.TransactionRolledBackAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        base.TransactionRolledBack(transaction, eventData);
    }

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        return base.TransactionFailedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        AuditCapture.Buffer(eventData.Context)?.ClearCommitting();
        base.TransactionFailed(transaction, eventData);
    }

    private async ValueTask<InterceptionResult> SealAsync(DbTransaction transaction, DbContext? context, InterceptionResult result, CancellationToken ct)
    {
        if (AuditCapture.Buffer(context) is not { } buffer)
        {
            return result;
        }

        // A SaveChanges that began this transaction itself commits it before its SavedChanges: its changes are
        // written up here, their generated keys already known.
        buffer.CompleteSave();
        if (buffer.Events.Count == 0)
        {
            return result;
        }

        var postgres = !context!.Database.IsSqlite();
        if (postgres && transaction.IsolationLevel is IsolationLevel.RepeatableRead or IsolationLevel.Serializable or IsolationLevel.Snapshot)
        {
            // Such a transaction reads the tail as it was when it began, not as the previous committer left it.
            throw new InvalidOperationException("A transaction that changes data must be READ COMMITTED on PostgreSQL: its audit records are chained at commit.");
        }

        var table = new AuditTable(transaction, postgres, context.Database.GetCommandTimeout());
        if (postgres)
        {
            await table.LockAsync(ct);
        }

        var tail = await table.SealedTailAsync(ct);
        var at = clock.GetUtcNow() < tail.At ? tail.At : clock.GetUtcNow();
        var records = new List<AuditRecord>(buffer.Events.Count);
        var previous = tail.Hash;
        foreach (var audited in buffer.Events)
        {
            var record = AuditRecord.Seal(tail.Sequence + records.Count + 1, at, audited, previous);
            records.Add(record);
            previous = record.Hash;
        }

        await table.InsertAsync(records, ct);
        return result;
    }
}
