using Grants.Domain.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// One entity's change, caught as the save begins and written up once it has succeeded: the "before" values must be
/// read before the save accepts them, the generated keys only exist after it.
/// </summary>
internal sealed class AuditedChange
{
    private readonly EntityEntry entry;
    private readonly string action;
    private readonly IReadOnlyList<(IProperty Property, string Json)> before;

    private AuditedChange(EntityEntry entry, string action, IReadOnlyList<(IProperty Property, string Json)> before)
    {
        this.entry = entry;
        this.action = action;
        this.before = before;
    }

    /// <summary>The change about to be saved, or null for an entry the trail leaves out.</summary>
    public static AuditedChange? Of(EntityEntry entry)
    {
        if (!IsAudited(entry.Metadata))
        {
            return null;
        }

        return entry.State switch
        {
            EntityState.Added => new AuditedChange(entry, AuditActions.Added, []),
            EntityState.Modified => new AuditedChange(entry, AuditActions.Modified, Values(entry, entry.OriginalValues)),
            EntityState.Deleted => new AuditedChange(entry, AuditActions.Deleted, Values(entry, entry.OriginalValues)),
            _ => null,
        };
    }

    /// <summary>
    /// Left out: the trail itself, the data-protection keys and Identity's tokens (secrets whose change means nothing to
    /// an auditor). Everything else of ours is in — the journal included, which is how verify proves it untouched.
    /// </summary>
    public static bool IsAudited(IEntityType type) =>
        type.ClrType != typeof(AuditRecord)
        && type.ClrType != typeof(DataProtectionKey)
        && type.ClrType != typeof(IdentityUserToken<string>);

    /// <summary>"DisbursementRequest"; "IdentityUserRole" for Identity's generic types; "Project.Acceptance" for an owned part.</summary>
    public static string Name(IEntityType type)
    {
        if (type.FindOwnership() is { PrincipalToDependent: { } navigation } ownership)
        {
            return $"{Name(ownership.PrincipalEntityType)}.{navigation.Name}";
        }

        var name = type.ClrType.Name;
        return type.ClrType.IsGenericType ? name[..name.IndexOf('`', StringComparison.Ordinal)] : name;
    }

    public static IReadOnlyList<(IProperty Property, string Json)> Values(IEntityType type, Func<IProperty, object?> valueOf) =>
        type.GetProperties().Select(p => (p, AuditValues.Json(p, valueOf(p)))).ToList();

    /// <summary>The event, now that the save has succeeded; null for a modification that changed no value.</summary>
    public AuditEvent? ToEvent(IAuditContext who)
    {
        var type = entry.Metadata;
        var key = type.FindPrimaryKey()!.Properties;
        string id;
        string? changes;
        if (action == AuditActions.Deleted)
        {
            id = AuditValues.Key(key.Select(p => entry.OriginalValues[p]).ToList());
            changes = AuditValues.Object(before);
        }
        else
        {
            var after = Values(entry, entry.CurrentValues);
            id = AuditValues.Key(key.Select(p => entry.CurrentValues[p]).ToList());
            changes = action == AuditActions.Added
                ? AuditValues.Object(after)
                : AuditValues.Differences(before.Zip(after, (b, a) => (b.Property, b.Json, a.Json)).ToList());
        }

        return changes is null ? null : new AuditEvent(who.Actor, who.Address, who.Operation, action, Name(type), id, changes);
    }

    private static IReadOnlyList<(IProperty Property, string Json)> Values(EntityEntry entry, PropertyValues values) =>
        Values(entry.Metadata, p => values[p]);
}
