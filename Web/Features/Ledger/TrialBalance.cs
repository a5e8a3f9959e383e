using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Ledger;

public enum AccountGroup
{
    Pools,
    Projects,
    Sources,
    Payments,
    Other,
}

/// <summary>One account of the trial balance; <paramref name="OwnerName"/> is the pool's or project's name, when it has one.</summary>
public sealed record TrialBalanceRow(string Account, AccountOwner Owner, string? OwnerName, string? Township, Money Debits, Money Credits)
{
    /// <summary>Pools and projects hold money (debit-normal); sources, donors and residents give it (credit-normal). Unknown accounts read as debit.</summary>
    public bool DebitNormal => !Owner.IsSource;

    public Money Balance => DebitNormal ? Debits - Credits : Credits - Debits;

    public AccountGroup Group => Owner.Kind switch
    {
        AccountKind.PoolAvailable or AccountKind.PoolReserved => AccountGroup.Pools,
        AccountKind.ProjectFunds => AccountGroup.Projects,
        AccountKind.Source or AccountKind.Donors or AccountKind.Residents => AccountGroup.Sources,
        AccountKind.RequestPayable or AccountKind.RequestPaid or AccountKind.AwardPayable => AccountGroup.Payments,
        _ => AccountGroup.Other,
    };
}

public sealed record TrialBalanceGroup(AccountGroup Group, IReadOnlyList<TrialBalanceRow> Rows)
{
    public Money Debits => Rows.Total(r => r.Debits);

    public Money Credits => Rows.Total(r => r.Credits);
}

public sealed record TrialBalanceModel(IReadOnlyList<TrialBalanceGroup> Groups, LedgerVerification Verification)
{
    public Money TotalDebits => Groups.Total(g => g.Debits);

    public Money TotalCredits => Groups.Total(g => g.Credits);

    public bool IsBalanced => TotalDebits == TotalCredits;
}

/// <summary>
/// 试算平衡表: every account's debits, credits and balance, summed by the database, grouped by what the account
/// belongs to; with the verifier's answer beside it. County-wide roles only (see the controller), so the township
/// filter hides nothing here.
/// </summary>
public sealed class TrialBalanceQuery(GrantsDbContext db)
{
    public async Task<TrialBalanceModel> LoadAsync(CancellationToken ct)
    {
        // The balances, the names and the verifier's reads all see one committed state of the books.
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        var balances = await LedgerBalances.ByAccountAsync(db, ct);
        var owners = balances.Select(b => (Balance: b, Owner: AccountOwner.Parse(b.Account))).ToList();
        var pools = await db.Pools.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var projectIds = owners.Where(o => o.Owner.Kind == AccountKind.ProjectFunds).Select(o => o.Owner.Id).ToList();
        var projects = await (
            from p in db.Projects.AsNoTracking()
            join t in db.Townships on p.TownshipId equals t.Id
            where projectIds.Contains(p.Id)
            select new { p.Id, p.Name, Township = t.Name }).ToDictionaryAsync(p => p.Id, ct);

        var rows = owners.Select(o => o.Owner.Kind switch
        {
            AccountKind.PoolAvailable or AccountKind.PoolReserved =>
                Row(o.Balance, o.Owner, pools.GetValueOrDefault(o.Owner.Id), null),
            AccountKind.ProjectFunds => Row(o.Balance, o.Owner, projects.GetValueOrDefault(o.Owner.Id)?.Name, projects.GetValueOrDefault(o.Owner.Id)?.Township),
            _ => Row(o.Balance, o.Owner, null, null),
        });
        var groups = rows
            .OrderBy(r => r.Group).ThenBy(r => r.Owner.Year).ThenBy(r => r.Owner.Id).ThenBy(r => r.Owner.Kind).ThenBy(r => r.Owner.Level).ThenBy(r => r.Account, StringComparer.Ordinal)
            .GroupBy(r => r.Group)
            .Select(g => new TrialBalanceGroup(g.Key, g.ToList()))
            .ToList();
        return new TrialBalanceModel(groups, await new LedgerVerifier(db).VerifyAsync(balances, ct: ct));
    }

    private static TrialBalanceRow Row(AccountBalance balance, AccountOwner owner, string? name, string? township) =>
        new(balance.Account, owner, name, township, balance.Debits, balance.Credits);
}
