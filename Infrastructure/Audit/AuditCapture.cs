using Grants.Domain.Audit;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// Catches every change a save makes, centrally, so no handler has to remember the trail: the entries as the save
/// begins, written up as events once it has succeeded, dropped if it fails. <see cref="AuditSealer"/> seals them at
/// the commit. Audit records themselves are never saved through EF: the trail is append-only and only the sealer writes it.
/// </summary>
internal sealed class AuditCapture : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Begin(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Begin(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Buffer(eventData.Context)?.CompleteSave();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Buffer(eventData.Context)?.CompleteSave();
        return base.SavedChanges(eventData, result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Buffer(eventData.Context)?.DropSave();
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Buffer(eventData.Context)?.DropSave();
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Buffer(eventData.Context)?.DropSave();
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Buffer(eventData.Context)?.DropSave();
        base.SaveChangesCanceled(eventData);
    }

    internal static AuditBuffer? Buffer(DbContext? context) => (context as GrantsDbContext)?.AuditBuffer;

    private static void Begin(DbContext? context)
    {
        if (Buffer(context) is not { } buffer)
        {
            return;
        }

        var entries = context!.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entries.Any(e => e.Entity is AuditRecord))
        {
            throw new InvalidOperationException("The audit trail is append-only and written only at commit: an AuditRecord cannot be saved, changed or deleted.");
        }

        buffer.BeginSave(entries);
    }
}
