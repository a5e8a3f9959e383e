using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;

namespace Grants.Infrastructure.Ledger;

/// <summary>
/// The account codes that belong to something, as queries the database runs inside the export's own query, so a
/// township with thousands of requests never becomes a list in memory. The codes are built in SQL exactly as
/// <see cref="LedgerAccount"/> writes them ("project:" + id + ":funds"); the exports tests check the two agree.
/// </summary>
internal sealed class ScopedAccounts(GrantsDbContext db)
{
    /// <summary>A township's projects, their requests, and the awards paid to its communities. Never a pool or a source.</summary>
    public IQueryable<string> OfTownship(int townshipId) =>
        db.Projects.Where(p => p.TownshipId == townshipId).Select(p => "project:" + p.Id.ToString() + ":funds")
            .Concat(db.Requests.Where(r => r.TownshipId == townshipId).Select(r => "request:" + r.Id.ToString() + ":payable"))
            .Concat(db.Requests.Where(r => r.TownshipId == townshipId).Select(r => "request:" + r.Id.ToString() + ":paid"))
            .Concat(db.AwardPayouts.Where(a => a.TownshipId == townshipId).Select(a => "award:" + a.Id.ToString() + ":payable"));

    public IQueryable<string> OfPool(int poolId) =>
        db.Pools.Where(p => p.Id == poolId).Select(p => "pool:" + p.Id.ToString() + ":available")
            .Concat(db.Pools.Where(p => p.Id == poolId).Select(p => "pool:" + p.Id.ToString() + ":reserved"));

    /// <summary>A project's funds and the accounts of the requests paid out of it.</summary>
    public IQueryable<string> OfProject(int projectId) =>
        db.Projects.Where(p => p.Id == projectId).Select(p => "project:" + p.Id.ToString() + ":funds")
            .Concat(db.Requests.Where(r => r.ProjectId == projectId).Select(r => "request:" + r.Id.ToString() + ":payable"))
            .Concat(db.Requests.Where(r => r.ProjectId == projectId).Select(r => "request:" + r.Id.ToString() + ":paid"));

    /// <summary>收款人: the requests paid to a payee whose name contains the text, and the awards to such a community.</summary>
    public IQueryable<string> OfPayee(string payee)
    {
        var requests = db.Requests.Where(r => r.PayeeName != null && r.PayeeName.Contains(payee));
        var communities = db.Communities.Where(c => c.Name.Contains(payee)).Select(c => c.Id);
        return requests.Select(r => "request:" + r.Id.ToString() + ":payable")
            .Concat(requests.Select(r => "request:" + r.Id.ToString() + ":paid"))
            .Concat(db.AwardPayouts.Where(a => a.PayeeName.Contains(payee) || communities.Contains(a.CommunityId)).Select(a => "award:" + a.Id.ToString() + ":payable"));
    }
}
