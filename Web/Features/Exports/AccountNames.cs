using System.Globalization;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Exports;

/// <summary>
/// What each exported account belongs to, in Chinese (the ledger is a Chinese document whoever asks for it): the
/// pool's or project's name, the payee of a request or award. Looked up once for the accounts of one export — a
/// lookup per account, not per line.
/// </summary>
internal sealed class AccountNames(GrantsDbContext db)
{
    public async Task<Func<string, string>> ForAsync(IReadOnlyCollection<string> accounts, CancellationToken ct)
    {
        var owners = accounts.Distinct().ToDictionary(a => a, AccountOwner.Parse);
        List<int> Ids(params AccountKind[] kinds) => owners.Values.Where(o => kinds.Contains(o.Kind)).Select(o => o.Id).Distinct().ToList();
        var poolIds = Ids(AccountKind.PoolAvailable, AccountKind.PoolReserved);
        var projectIds = Ids(AccountKind.ProjectFunds);
        var requestIds = Ids(AccountKind.RequestPayable, AccountKind.RequestPaid);
        var awardIds = Ids(AccountKind.AwardPayable);

        var pools = await db.Pools.AsNoTracking().Where(p => poolIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var projects = await (
            from p in db.Projects.AsNoTracking()
            join t in db.Townships on p.TownshipId equals t.Id
            where projectIds.Contains(p.Id)
            select new { p.Id, p.Name, Township = t.Name }).ToDictionaryAsync(p => p.Id, p => $"{p.Name}（{p.Township}）", ct);
        var payees = await db.Requests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.PayeeName ?? "", ct);
        var awards = await db.AwardPayouts.AsNoTracking().Where(a => awardIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.PayeeName, ct);

        return account =>
        {
            var o = owners.TryGetValue(account, out var known) ? known : AccountOwner.Parse(account);
            return o.Kind switch
            {
                AccountKind.PoolAvailable => Text("Ledger.Account.PoolAvailable", pools.GetValueOrDefault(o.Id) ?? $"#{o.Id}"),
                AccountKind.PoolReserved => Text("Ledger.Account.PoolReserved", pools.GetValueOrDefault(o.Id) ?? $"#{o.Id}"),
                AccountKind.ProjectFunds => projects.GetValueOrDefault(o.Id) ?? $"#{o.Id}",
                AccountKind.Source => Text("Ledger.Account.Source", o.Year, Text($"FundingLevel.{o.Level}")),
                AccountKind.Donors => Text("Ledger.Account.Donors", o.Year),
                AccountKind.Residents => Text("Ledger.Account.Residents", o.Year),
                AccountKind.RequestPayable => $"{Text("Ledger.Account.RequestPayable", o.Id)} {payees.GetValueOrDefault(o.Id)}".TrimEnd(),
                AccountKind.RequestPaid => $"{Text("Ledger.Account.RequestPaid", o.Id)} {payees.GetValueOrDefault(o.Id)}".TrimEnd(),
                AccountKind.AwardPayable => $"{Text("Ledger.Account.AwardPayable", o.Id)} {awards.GetValueOrDefault(o.Id)}".TrimEnd(),
                _ => Text("Ledger.Account.Unknown"),
            };
        };
    }

    public static string Text(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, UiText.Catalogue.Find(key, UiText.Chinese) ?? key, args);
}
