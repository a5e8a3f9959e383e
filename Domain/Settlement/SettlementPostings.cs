using System.Globalization;
using Grants.Domain.Ledger;

namespace Grants.Domain.Settlement;

/// <summary>
/// The journal entries of award payouts: the award leaves the pool's reserve for the community's award account
/// (应付奖励), paid by the treasury from the payment list. A re-opened quarter reverses the entry.
/// </summary>
public static class SettlementPostings
{
    public static JournalEntry Payout(AwardPayout payout, DateOnly on, string description, DateTimeOffset at, string by) => JournalEntry.Post(
        JournalKind.AwardPayout, on, description, Source(payout), at, by,
        JournalLine.Debiting(LedgerAccount.AwardPayable(payout.Id), payout.Amount),
        JournalLine.Crediting(LedgerAccount.PoolReserved(payout.PoolId), payout.Amount));

    public static string Source(AwardPayout payout) => $"award-payout:{payout.Id.ToString(CultureInfo.InvariantCulture)}";
}
