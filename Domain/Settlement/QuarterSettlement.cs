using Grants.Domain.Assessment;

namespace Grants.Domain.Settlement;

/// <summary>
/// 季度结账: one quarter's grades and awards, from the draft a job computes through the clerk's review and the
/// approver's confirmation to the payouts and documents. The grading's input snapshot and its hash are kept, so the
/// draft can be recomputed and compared. One per quarter; a re-opening starts the next <see cref="Round"/>.
/// </summary>
public sealed partial class QuarterSettlement
{
    private readonly List<SettlementLine> lines = [];

    private QuarterSettlement() { }

    public QuarterSettlement(Quarter quarter, int awardPoolId, DateTimeOffset at, string by)
    {
        Quarter = quarter;
        AwardPoolId = awardPoolId;
        Round = 1;
        OpenedAt = at;
        OpenedBy = Text.Require(by, "Settlement.OpenedBy", 64);
    }

    public int Id { get; private set; }

    public Quarter Quarter { get; private set; }

    public int Round { get; private set; }

    public SettlementStatus Status { get; private set; }

    public int AwardPoolId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; } = "";

    /// <summary>The rules the draft was graded by (kept whole, so the settlement reads the same after the settings change).</summary>
    public GradingRules Rules { get; private set; } = GradingRules.Default;

    /// <summary>The snapshot's text: loaded only by drafting, which replaces it (see <see cref="SettlementSnapshot"/>).</summary>
    public SettlementSnapshot? Snapshot { get; private set; }

    public string SnapshotHash { get; private set; } = "";

    public string ResultHash { get; private set; } = "";

    public Money PoolAvailableAtDraft { get; private set; }

    public Money AwardTotal { get; private set; }

    public bool ProRated { get; private set; }

    public DateTimeOffset? DraftedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public string? ReopenReason { get; private set; }

    /// <summary>An administrator's pending request to re-open the quarter (cleared when an approver agrees).</summary>
    public string? ReopenRequestedBy { get; private set; }

    public DateTimeOffset? ReopenRequestedAt { get; private set; }

    public string? ReopenedBy { get; private set; }

    public string? ReopenApprovedBy { get; private set; }

    /// <summary>Optimistic concurrency token: two clerks (or a double click) cannot both move the settlement.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<SettlementLine> Lines => lines.AsReadOnly();

    public bool IsLocked => Status is SettlementStatus.Confirmed or SettlementStatus.Paid or SettlementStatus.Issued;
}
