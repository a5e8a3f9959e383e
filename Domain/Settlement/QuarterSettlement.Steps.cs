using Grants.Domain.Assessment;

namespace Grants.Domain.Settlement;

public sealed partial class QuarterSettlement
{
    /// <summary>
    /// Takes the grading as the draft (again, while not yet confirmed: a re-run replaces it and any review). Notice
    /// numbers are handed out in rank order from <paramref name="firstNoticeSequence"/>, one per notice.
    /// </summary>
    public void Draft(GradingResult result, IReadOnlyDictionary<int, int> townshipOfCommunity, int firstNoticeSequence, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(townshipOfCommunity);
        if (IsLocked)
        {
            throw new DomainRuleException("Rule.Settlement.Locked", Quarter.ToString());
        }

        if (result.Quarter != Quarter)
        {
            throw new ArgumentException($"A grading of {result.Quarter} cannot draft the settlement of {Quarter}.", nameof(result));
        }

        lines.Clear();
        var sequence = firstNoticeSequence;
        foreach (var outcome in result.Outcomes)
        {
            var line = new SettlementLine(outcome, townshipOfCommunity[outcome.Community.Id], sequence);
            sequence += line.Notices().Count();
            lines.Add(line);
        }

        if (Snapshot is null)
        {
            Snapshot = new SettlementSnapshot(result.Snapshot.Text);
        }
        else
        {
            Snapshot.Replace(result.Snapshot.Text);
        }

        (Rules, SnapshotHash, ResultHash) = (result.Rules, result.Snapshot.Hash, result.ResultHash);
        (PoolAvailableAtDraft, AwardTotal, ProRated) = (result.PoolAvailable, result.AwardTotal, result.ProRated);
        Status = SettlementStatus.Drafted;
        DraftedAt = at;
        (ReviewedBy, ReviewedAt) = (null, null);
        Version++;
    }

    /// <summary>The clerk has gone through the draft, township by township, and puts it forward for confirmation.</summary>
    public void Review(string by, DateTimeOffset at)
    {
        Expect(SettlementStatus.Drafted);
        ReviewedBy = Text.Require(by, "Settlement.ReviewedBy", 64);
        ReviewedAt = at;
        Status = SettlementStatus.Reviewed;
        Version++;
    }

    /// <summary>The approver confirms: from now on the quarter is locked and the payouts and documents may be made.</summary>
    public void Confirm(string by, DateTimeOffset at)
    {
        Expect(SettlementStatus.Reviewed);
        if (string.Equals(by, ReviewedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("Rule.Settlement.ConfirmerReviewed", by);
        }

        ConfirmedBy = Text.Require(by, "Settlement.ConfirmedBy", 64);
        ConfirmedAt = at;
        Status = SettlementStatus.Confirmed;
        Version++;
    }

    public void MarkPaid(DateTimeOffset at)
    {
        Expect(SettlementStatus.Confirmed);
        PaidAt = at;
        Status = SettlementStatus.Paid;
        Version++;
    }

    public void MarkIssued(DateTimeOffset at)
    {
        Expect(SettlementStatus.Paid);
        IssuedAt = at;
        Status = SettlementStatus.Issued;
        Version++;
    }

    /// <summary>An administrator asks to re-open a locked quarter, saying why; nothing changes until an approver agrees.</summary>
    public void RequestReopening(string administrator, string reason, DateTimeOffset at)
    {
        if (!IsLocked)
        {
            throw new DomainRuleException("Rule.Settlement.NotLocked", Quarter.ToString());
        }

        ReopenRequestedBy = Text.Require(administrator, "Settlement.ReopenedBy", 64);
        ReopenReason = Text.Require(reason, "Settlement.ReopenReason", 500);
        ReopenRequestedAt = at;
        Version++;
    }

    /// <summary>
    /// An approver — not the administrator who asked — agrees: the next round starts as a draft. The caller reverses
    /// the round's payouts and unlocks the scores in the same transaction; the next round's notices say what they replace.
    /// </summary>
    public void ApproveReopening(string approver, DateTimeOffset at)
    {
        if (!IsLocked || ReopenRequestedBy is null)
        {
            throw new DomainRuleException("Rule.Settlement.NoReopenRequest", Quarter.ToString());
        }

        if (string.Equals(ReopenRequestedBy, approver, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("Rule.Settlement.ReopenNeedsTwo");
        }

        (ReopenedBy, ReopenApprovedBy) = (ReopenRequestedBy, Text.Require(approver, "Settlement.ReopenApprovedBy", 64));
        ReopenRequestedBy = null;
        Round++;
        Status = SettlementStatus.Drafted;
        (ReviewedBy, ReviewedAt, ConfirmedBy, ConfirmedAt, PaidAt, IssuedAt) = (null, null, null, null, null, null);
        DraftedAt = at;
        Version++;
    }

    private void Expect(SettlementStatus status)
    {
        if (Status != status)
        {
            throw new DomainRuleException("Rule.Settlement.WrongStep", $"SettlementStatus.{Status}", $"SettlementStatus.{status}");
        }
    }
}
