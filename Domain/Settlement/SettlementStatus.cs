namespace Grants.Domain.Settlement;

/// <summary>
/// Where a quarter's settlement (一季度一结账) stands. Drafted → Reviewed (by a clerk) → Confirmed (by an approver, not
/// the reviewer) → Paid (every award payout posted) → Issued (every document stored). Re-opening returns to Drafted in
/// the next round.
/// </summary>
public enum SettlementStatus
{
    Drafted = 1,
    Reviewed = 2,
    Confirmed = 3,
    Paid = 4,
    Issued = 5,
}

/// <summary>The notices a settlement issues per community.</summary>
public enum NoticeKind
{
    Award = 1,       // 奖励通知
    BlackCard = 2,   // 挂黑牌通报
    Interview = 3,   // 约谈通知
}
