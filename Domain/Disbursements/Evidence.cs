namespace Grants.Domain.Disbursements;

/// <summary>A file of the evidence set other than an invoice: a contract, an acceptance record, a photo, an IOU.</summary>
public sealed class Evidence
{
    private Evidence() { }

    internal Evidence(int requestId, EvidenceKind kind, string fileSha256, string fileName)
    {
        RequestId = requestId;
        Kind = Enum.IsDefined(kind) && kind != EvidenceKind.Invoice ? kind : throw new DomainRuleException("Rule.EvidenceKindInvalid");
        File = new EvidenceFileRef(fileSha256, fileName);
    }

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public EvidenceFileRef File { get; private set; } = null!;
}

/// <summary>One step of a request's history: who did what, when, and why when a reason is required.</summary>
public sealed class ReviewStep
{
    private ReviewStep() { }

    internal ReviewStep(int requestId, int round, ReviewAction action, string by, DateTimeOffset at, string? reason)
    {
        RequestId = requestId;
        Round = round;
        Action = action;
        By = Text.Require(by, "Review.By", 64);
        At = at;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>1 for the first submission; each return for correction starts the next round.</summary>
    public int Round { get; private set; }

    public ReviewAction Action { get; private set; }

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }
}
