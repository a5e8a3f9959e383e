namespace Grants.Domain.Audit;

/// <summary>
/// What happened, before it takes its place in the chain: who, from where, by which operation, and what changed.
/// <see cref="Changes"/> is compact JSON — every value for <see cref="AuditActions.Added"/>, only the changed
/// properties as [before, after] for <see cref="AuditActions.Modified"/>, the last values for <see cref="AuditActions.Deleted"/>.
/// </summary>
public sealed record AuditEvent(
    string Actor, string? Address, string Operation, string Action, string? EntityType, string? EntityId, string? Changes);

/// <summary>The actions a record can name: the three entity changes, and the events that change no row of ours.</summary>
public static class AuditActions
{
    public const string Added = nameof(Added);
    public const string Modified = nameof(Modified);
    public const string Deleted = nameof(Deleted);
    public const string SignedIn = nameof(SignedIn);
    public const string SignInFailed = nameof(SignInFailed);
    public const string LockedOut = nameof(LockedOut);
    public const string SignedOut = nameof(SignedOut);

    /// <summary>The genesis record, written by the AuditTrail migration: it names how much journal came before the trail.</summary>
    public const string TrailStarted = nameof(TrailStarted);

    public static IReadOnlyList<string> All { get; } = [Added, Modified, Deleted, SignedIn, SignInFailed, LockedOut, SignedOut, TrailStarted];
}
