using Grants.Domain.Audit;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Audit;

/// <summary>Records an event that changes no row of ours — a sign-in, a failed one, a sign-out — in the audit trail.</summary>
public static class AuditTrail
{
    /// <summary>
    /// Inside the caller's transaction the event is sealed with its commit; outside one it is committed at once in a
    /// transaction of its own (an empty SaveChanges would open none). <paramref name="actor"/> overrides the scope's
    /// actor, e.g. the user who is signing in and not yet signed in.
    /// </summary>
    public static async Task RecordAsync(
        GrantsDbContext db, string action, string? entityType, string? entityId, string? changes, string? actor = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var context = db.AuditBuffer.Context;
        var audited = new AuditEvent(actor ?? context.Actor, context.Address, context.Operation, action, entityType, entityId, changes);
        if (db.Database.CurrentTransaction is not null)
        {
            db.AuditBuffer.Add(audited);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.AuditBuffer.Add(audited);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The entity names records can carry, for the auditor's filter: every audited type of the model.</summary>
    public static IReadOnlyList<string> EntityTypes(GrantsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.GetEntityTypes().Where(AuditedChange.IsAudited).Select(AuditedChange.Name).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>{"Name":"value",…} for an event's details.</summary>
    public static string Details(params IReadOnlyList<(string Name, string? Value)> details) =>
        "{" + string.Join(",", details.Select(d => $"{AuditValues.Quote(d.Name)}:{(d.Value is null ? "null" : AuditValues.Quote(d.Value))}")) + "}";
}
