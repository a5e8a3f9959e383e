namespace Grants.Domain.Audit;

/// <summary>
/// One link of the audit trail (审计日志): an <see cref="AuditEvent"/> sealed at its place in the chain. Records are
/// only ever appended; each carries the hash of the one before it, so editing, deleting or inserting a row by hand
/// breaks the chain at that row (see <see cref="AuditHash"/>).
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord() { }

    /// <summary>1, 2, 3… with no gaps: a missing number is a deleted record.</summary>
    public long Sequence { get; private set; }

    /// <summary>When the change was committed, UTC to the microsecond. Never earlier than the record before it.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The user's name, "anonymous" before sign-in, or "system" for the CLI and jobs.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>The client's IP address; null outside a web request.</summary>
    public string? Address { get; private set; }

    /// <summary>What the actor did: "POST /review/approve/12", "cli settle", "job SettlementJobs.PayAsync".</summary>
    public string Operation { get; private set; } = "";

    public string Action { get; private set; } = "";

    /// <summary>The entity's CLR name ("DisbursementRequest"), or null for an event about no entity.</summary>
    public string? EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? Changes { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public AuditEvent Event => new(Actor, Address, Operation, Action, EntityType, EntityId, Changes);

    /// <summary>The event sealed as the record after <paramref name="previousHash"/>.</summary>
    public static AuditRecord Seal(long sequence, DateTimeOffset at, AuditEvent audited, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(audited);
        var exactAt = AuditHash.Truncate(at);
        return new AuditRecord
        {
            Sequence = sequence,
            At = exactAt,
            Actor = audited.Actor,
            Address = audited.Address,
            Operation = audited.Operation,
            Action = audited.Action,
            EntityType = audited.EntityType,
            EntityId = audited.EntityId,
            Changes = audited.Changes,
            PreviousHash = previousHash,
            Hash = AuditHash.Compute(sequence, exactAt, audited, previousHash),
        };
    }

    /// <summary>True when the stored hash is the hash of the stored contents.</summary>
    public bool MatchesHash() => Hash == AuditHash.Compute(Sequence, At, Event, PreviousHash);
}
