using Grants.Domain.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// One context's audit events on their way to the chain: the changes of the save in progress (kept only if it
/// succeeds), then the events of the open transaction (sealed at its commit, dropped at its rollback).
/// </summary>
internal sealed class AuditBuffer(IAuditContext context)
{
    private readonly List<AuditedChange> saving = [];
    private readonly List<AuditEvent> committing = [];

    public IAuditContext Context { get; } = context;

    public IReadOnlyList<AuditEvent> Events => committing;

    public void BeginSave(IEnumerable<EntityEntry> entries)
    {
        saving.Clear();
        saving.AddRange(entries.Select(AuditedChange.Of).OfType<AuditedChange>());
    }

    public void CompleteSave()
    {
        committing.AddRange(saving.Select(c => c.ToEvent(Context)).OfType<AuditEvent>());
        saving.Clear();
    }

    public void DropSave() => saving.Clear();

    public void Add(AuditEvent audited) => committing.Add(audited);

    /// <summary>The transaction's events are gone: committed, rolled back, or abandoned (seen when the next one starts).</summary>
    public void ClearCommitting() => committing.Clear();
}
