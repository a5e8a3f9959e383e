using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;

namespace Grants.Infrastructure.Ledger;

/// <summary>
/// The journal agrees with the business records: every account belongs to a pool, project or source that exists;
/// each pool's, project's and approved request's accounts hold exactly what its own figures say; receipts,
/// allocations, donations, the residents' cash and the approved requests add up.
/// </summary>
internal static class FundsChecks
{
    public static LedgerDiscrepancy? First(IReadOnlyList<AccountBalance> balances, FundsSnapshot funds)
    {
        var net = balances.ToDictionary(b => b.Account, b => b.Net, StringComparer.Ordinal);
        Money Held(LedgerAccount account) => net.GetValueOrDefault(account.Code);

        return UnknownAccount(balances, funds)
            ?? funds.Pools.Select(pool => Pool(pool, funds, Held)).FirstOrDefault(d => d is not null)
            ?? funds.Projects.Select(project => Project(project, funds, Held)).FirstOrDefault(d => d is not null)
            ?? funds.Requests.Select(request => Request(request, Held)).FirstOrDefault(d => d is not null)
            ?? funds.Awards.Select(award => Award(award, Held)).FirstOrDefault(d => d is not null)
            ?? Sources(balances, funds)
            ?? Donors(balances, funds)
            ?? Residents(balances, funds);
    }

    private static LedgerDiscrepancy? UnknownAccount(IReadOnlyList<AccountBalance> balances, FundsSnapshot funds)
    {
        var pools = funds.Pools.Select(p => p.Id).ToHashSet();
        var projects = funds.Projects.Select(p => p.Id).ToHashSet();
        var requests = funds.Requests.Select(r => r.Id).ToHashSet();
        var awards = funds.Awards.Select(a => a.Id).ToHashSet();
        var unknown = balances.FirstOrDefault(b => AccountOwner.Parse(b.Account) switch
        {
            { Kind: AccountKind.PoolAvailable or AccountKind.PoolReserved } owner => !pools.Contains(owner.Id),
            { Kind: AccountKind.ProjectFunds } owner => !projects.Contains(owner.Id),
            { Kind: AccountKind.RequestPayable or AccountKind.RequestPaid } owner => !requests.Contains(owner.Id),
            { Kind: AccountKind.AwardPayable } owner => !awards.Contains(owner.Id),
            { IsSource: true } => false,
            _ => true,
        });
        return unknown is null ? null : LedgerDiscrepancy.Of(LedgerDiscrepancy.UnknownAccount, unknown.Account);
    }

    private static LedgerDiscrepancy? Pool(PoolFigures pool, FundsSnapshot funds, Func<LedgerAccount, Money> held)
    {
        var available = LedgerAccount.PoolAvailable(pool.Id);
        var reserved = LedgerAccount.PoolReserved(pool.Id);
        var receipts = funds.ReceiptsByPool.GetValueOrDefault(pool.Id);
        var allocations = funds.AllocationsByPool.GetValueOrDefault(pool.Id);
        var carriedIn = funds.Pools.Where(p => p.CarriedForwardToPoolId == pool.Id).Total(p => p.CarriedOut);
        var awarded = funds.Awards.Where(a => a.PoolId == pool.Id && !a.IsReversed).Total(a => a.Amount);
        return held(available) != pool.Available
                ? Of(LedgerDiscrepancy.PoolAvailable, pool, available, held(available), pool.Available)
            : pool.Available.IsNegative ? Of(LedgerDiscrepancy.PoolNegative, pool, pool.Available)
            : held(reserved) != pool.ReserveBalance ? Of(LedgerDiscrepancy.PoolReserved, pool, reserved, held(reserved), pool.ReserveBalance)
            : awarded != pool.AwardsPaid ? Of(LedgerDiscrepancy.PoolAwardsPaid, pool, awarded, pool.AwardsPaid)
            : receipts != pool.Received ? Of(LedgerDiscrepancy.PoolReceipts, pool, receipts, pool.Received)
            : allocations != pool.Allocated ? Of(LedgerDiscrepancy.PoolAllocations, pool, allocations, pool.Allocated)
            : carriedIn != pool.CarriedIn ? Of(LedgerDiscrepancy.PoolCarriedIn, pool, pool.CarriedIn, carriedIn)
            : null;
    }

    /// <summary>
    /// A project's account holds its cash from every source (integrated funds, donations, the residents' cash) less
    /// what has been approved for payment; what it records as disbursed from each source is its approved requests.
    /// </summary>
    private static LedgerDiscrepancy? Project(ProjectFigures project, FundsSnapshot funds, Func<LedgerAccount, Money> held)
    {
        var account = LedgerAccount.ProjectFunds(project.Id);
        var allocations = funds.AllocationsByProject.GetValueOrDefault(project.Id);
        var cash = project.IntegratedFunds + funds.DonationsByProject.GetValueOrDefault(project.Id) + project.SelfFundingCash - project.Disbursed;
        var requests = funds.Requests.Where(r => r.ProjectId == project.Id).ToList();
        Money Requested(CashSource source) => requests.Where(r => r.Source == source).Total(r => r.Amount);
        var wrongSource = Enum.GetValues<CashSource>().Select(source => (Source: source, Requested: Requested(source), Recorded: source switch
        {
            CashSource.IntegratedFunds => project.DisbursedIntegratedFunds,
            CashSource.Donations => project.DisbursedDonations,
            _ => project.DisbursedSelfFunding,
        })).FirstOrDefault(s => s.Requested != s.Recorded);
        return held(account) != cash
                ? LedgerDiscrepancy.Of(LedgerDiscrepancy.ProjectFunds, project.Id, project.Name, account, held(account), cash)
            : allocations != project.IntegratedFunds
                ? LedgerDiscrepancy.Of(LedgerDiscrepancy.ProjectAllocations, project.Id, project.Name, allocations, project.IntegratedFunds)
            : wrongSource != default
                ? LedgerDiscrepancy.Of(LedgerDiscrepancy.ProjectDisbursed, project.Id, project.Name, wrongSource.Source, wrongSource.Requested, wrongSource.Recorded)
            : null;
    }

    /// <summary>An approved request owes its amount until it is paid; then its paid account holds it instead.</summary>
    private static LedgerDiscrepancy? Request(RequestFigures request, Func<LedgerAccount, Money> held)
    {
        var payable = LedgerAccount.RequestPayable(request.Id);
        var paid = LedgerAccount.RequestPaid(request.Id);
        var (owed, gone) = request.IsPaid ? (Money.Zero, request.Amount) : (request.Amount, Money.Zero);
        return held(payable) != owed ? LedgerDiscrepancy.Of(LedgerDiscrepancy.RequestAccount, request.Id, payable, held(payable), owed)
            : held(paid) != gone ? LedgerDiscrepancy.Of(LedgerDiscrepancy.RequestAccount, request.Id, paid, held(paid), gone)
            : null;
    }

    /// <summary>A standing award is owed to its committee in full; a reversed one owes nothing.</summary>
    private static LedgerDiscrepancy? Award(AwardFigures award, Func<LedgerAccount, Money> held)
    {
        var payable = LedgerAccount.AwardPayable(award.Id);
        var owed = award.IsReversed ? Money.Zero : award.Amount;
        return held(payable) != owed ? LedgerDiscrepancy.Of(LedgerDiscrepancy.AwardPayable, award.Id, payable, held(payable), owed) : null;
    }

    /// <summary>What the donors' account of each year gave is what the donations of that year add up to.</summary>
    private static LedgerDiscrepancy? Donors(IReadOnlyList<AccountBalance> balances, FundsSnapshot funds)
    {
        var given = Given(balances, AccountKind.Donors).ToDictionary(g => g.Year, g => g.Given);
        var wrong = given.Keys.Union(funds.DonationsByYear.Keys).Order()
            .Select(year => (Year: year, Given: given.GetValueOrDefault(year), Donated: funds.DonationsByYear.GetValueOrDefault(year)))
            .FirstOrDefault(y => y.Given != y.Donated);
        return wrong == default ? null : LedgerDiscrepancy.Of(LedgerDiscrepancy.Donors, LedgerAccount.Donors(wrong.Year), wrong.Given, wrong.Donated);
    }

    /// <summary>
    /// The residents' accounts gave, over all years, what the projects record as their cash: a correction is booked in
    /// the year it is made, so only the total can be matched.
    /// </summary>
    private static LedgerDiscrepancy? Residents(IReadOnlyList<AccountBalance> balances, FundsSnapshot funds)
    {
        var given = Given(balances, AccountKind.Residents).Total(g => g.Given);
        var recorded = funds.Projects.Total(p => p.SelfFundingCash);
        return given == recorded ? null : LedgerDiscrepancy.Of(LedgerDiscrepancy.Residents, given, recorded);
    }

    private static IEnumerable<(int Year, Money Given)> Given(IReadOnlyList<AccountBalance> balances, AccountKind kind) =>
        balances.Select(b => (Owner: AccountOwner.Parse(b.Account), Given: -b.Net)).Where(s => s.Owner.Kind == kind).Select(s => (s.Owner.Year, s.Given));

    /// <summary>A source account is credit-normal: what it gave (credits − debits) is what the receipts from it add up to.</summary>
    private static LedgerDiscrepancy? Sources(IReadOnlyList<AccountBalance> balances, FundsSnapshot funds)
    {
        var given = balances.Select(b => (Owner: AccountOwner.Parse(b.Account), Given: -b.Net))
            .Where(s => s.Owner.Kind == AccountKind.Source)
            .ToDictionary(s => (s.Owner.Level, s.Owner.Year), s => s.Given);
        var wrong = given.Keys.Union(funds.ReceiptsBySource.Keys)
            .OrderBy(k => k.Year).ThenBy(k => k.Level)
            .FirstOrDefault(k => given.GetValueOrDefault(k) != funds.ReceiptsBySource.GetValueOrDefault(k));
        return wrong == default
            ? null
            : LedgerDiscrepancy.Of(LedgerDiscrepancy.Source, LedgerAccount.Source(wrong.Level, wrong.Year),
                given.GetValueOrDefault(wrong), funds.ReceiptsBySource.GetValueOrDefault(wrong));
    }

    private static LedgerDiscrepancy Of(string key, PoolFigures pool, params object[] args) =>
        LedgerDiscrepancy.Of(key, [pool.Id, pool.Name, .. args]);
}
