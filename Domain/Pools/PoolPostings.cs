using System.Globalization;
using Grants.Domain.Ledger;

namespace Grants.Domain.Pools;

/// <summary>
/// The journal entry for each pool movement. The handler saves the movement and its entry in one transaction;
/// these methods only say which accounts move, so the rules of double entry live in one place.
/// </summary>
public static class PoolPostings
{
    public static JournalEntry Receipt(PoolReceipt receipt, DateTimeOffset at, string by) => JournalEntry.Post(
        JournalKind.PoolReceipt, receipt.ReceivedOn, $"{receipt.DocumentNumber} {receipt.CatalogueLine}", Source("pool-receipt", receipt.Id), at, by,
        JournalLine.Debiting(LedgerAccount.PoolAvailable(receipt.PoolId), receipt.Amount),
        JournalLine.Crediting(LedgerAccount.Source(receipt.Level, receipt.Pool.FiscalYear), receipt.Amount));

    public static JournalEntry Allocation(PoolAllocation allocation, DateTimeOffset at, string by) => JournalEntry.Post(
        JournalKind.Allocation, allocation.AllocatedOn, allocation.Purpose, Source("pool-allocation", allocation.Id), at, by,
        JournalLine.Debiting(LedgerAccount.ProjectFunds(allocation.ProjectId), allocation.Amount),
        JournalLine.Crediting(LedgerAccount.PoolAvailable(allocation.PoolId), allocation.Amount));

    public static JournalEntry Reservation(FundingPool pool, Money amount, DateOnly on, DateTimeOffset at, string by) => JournalEntry.Post(
        JournalKind.Reservation, on, "预留季度奖励 / reserved for quarterly awards", Source("pool", pool.Id), at, by,
        JournalLine.Debiting(LedgerAccount.PoolReserved(pool.Id), amount),
        JournalLine.Crediting(LedgerAccount.PoolAvailable(pool.Id), amount));

    public static JournalEntry CarryForward(FundingPool from, FundingPool to, Money amount, DateTimeOffset at, string by) => JournalEntry.Post(
        JournalKind.CarryForward, new DateOnly(to.FiscalYear, 1, 1), $"结转结余 {from.FiscalYear} → {to.FiscalYear}", Source("pool", from.Id), at, by,
        JournalLine.Debiting(LedgerAccount.PoolAvailable(to.Id), amount),
        JournalLine.Crediting(LedgerAccount.PoolAvailable(from.Id), amount));

    private static string Source(string kind, int id) => $"{kind}:{id.ToString(CultureInfo.InvariantCulture)}";
}
