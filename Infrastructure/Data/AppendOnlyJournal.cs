using Grants.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grants.Infrastructure.Data;

/// <summary>The journal is append-only: a save that would change or delete a posted entry or line is refused.</summary>
internal sealed class AppendOnlyJournal : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private static void Check(DbContext? context)
    {
        var touched = context?.ChangeTracker.Entries()
            .Where(e => e.Entity is JournalEntry or JournalLine && e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.GetType().Name)
            .FirstOrDefault();
        if (touched is not null)
        {
            throw new InvalidOperationException($"The journal is append-only: a {touched} cannot be changed or deleted; post a reversing entry.");
        }
    }
}
