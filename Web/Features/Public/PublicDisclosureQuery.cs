using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Organisation;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Public;

/// <summary>A community on the public index: only those with at least one public project are listed.</summary>
public sealed record PublicCommunityLink(int Id, string Name, int Projects);

public sealed record PublicTownship(string Name, IReadOnlyList<PublicCommunityLink> Communities);

public sealed record PublicDonor(string Donor, Money Amount, DateOnly DonatedOn);

public sealed record PublicBudget(Money IntegratedFunds, Money Donations, Money SelfFunding, Money InKind)
{
    public Money Total => IntegratedFunds + Donations + SelfFunding + InKind;
}

public sealed record PublicProject(
    string Name, string CatalogueLine, ProjectStatus Status, DateOnly? NoticeFrom, DateOnly? NoticeTo, DateOnly? ApprovedOn,
    DateOnly? AcceptedOn, PublicBudget Budget, Money Spent, IReadOnlyList<PublicDonor> Donors, int Objections, int ObjectionsResolved);

public sealed record PublicCommunity(string Name, string TownshipName, CommunityCategory Category, IReadOnlyList<PublicProject> Projects);

/// <summary>
/// The public disclosure (公示, 成果共享/效果共评) read by anonymous residents.
/// This is the ONE place web code calls IgnoreQueryFilters() (see decision 003): an anonymous request's township
/// scope matches nothing by design, and the notice board is county-wide and public. It is safe only because every
/// field selected here is one a notice board shows — no responsible person, no user names, no inspector, no
/// objection texts — and only projects that have reached the public notice. Add a field only if the notice board
/// would print it.
/// </summary>
public sealed class PublicDisclosureQuery(GrantsDbContext db)
{
    public async Task<IReadOnlyList<PublicTownship>> IndexAsync(CancellationToken ct)
    {
        var rows = await (
            from c in db.Communities.IgnoreQueryFilters().AsNoTracking()
            join t in db.Townships.IgnoreQueryFilters() on c.TownshipId equals t.Id
            let count = db.Projects.IgnoreQueryFilters().Count(p => p.CommunityId == c.Id && p.Status >= ProjectStatus.PublicNotice)
            where count > 0
            select new { TownshipCode = t.Code, TownshipName = t.Name, c.Id, c.Name, Count = count })
            .ToListAsync(ct);
        return rows
            .GroupBy(r => (r.TownshipCode, r.TownshipName))
            .OrderBy(g => g.Key.TownshipCode, StringComparer.Ordinal)
            .Select(g => new PublicTownship(g.Key.TownshipName, g.OrderBy(r => r.Id).Select(r => new PublicCommunityLink(r.Id, r.Name, r.Count)).ToList()))
            .ToList();
    }

    /// <summary>The community's public projects, or null when there is no such community.</summary>
    public async Task<PublicCommunity?> CommunityAsync(int id, CancellationToken ct)
    {
        var community = await (
            from c in db.Communities.IgnoreQueryFilters().AsNoTracking()
            join t in db.Townships.IgnoreQueryFilters() on c.TownshipId equals t.Id
            where c.Id == id
            select new { c.Name, TownshipName = t.Name, c.Category })
            .SingleOrDefaultAsync(ct);
        if (community is null)
        {
            return null;
        }

        var projects = await db.Projects.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.CommunityId == id && p.Status >= ProjectStatus.PublicNotice)
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Name, p.CatalogueLine, p.Status, p.NoticeStartedOn, p.NoticeDays, p.ApprovedOn,
                AcceptedOn = p.Acceptance == null ? (DateOnly?)null : p.Acceptance.AcceptedOn,
                p.IntegratedFunds, p.SelfFundingCash,
                Donors = p.Donations.OrderBy(d => d.DonatedOn).ThenBy(d => d.Id).Select(d => new PublicDonor(d.Donor, d.Amount, d.DonatedOn)).ToList(),
                InKind = p.InKind.Select(k => k.Value).ToList(),
                Objections = p.Objections.Count,
                ObjectionsResolved = p.Objections.Count(o => o.ResolvedOn != null),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        // What the treasury has paid out for each project: the paid disbursement requests (已支付), whatever their source.
        var ids = projects.Select(p => p.Id).ToList();
        var paid = (await db.Requests.IgnoreQueryFilters().AsNoTracking()
                .Where(r => ids.Contains(r.ProjectId) && r.Status == RequestStatus.Paid)
                .Select(r => new { r.ProjectId, r.Amount }).ToListAsync(ct))
            .ToLookup(r => r.ProjectId, r => r.Amount);
        var rows = projects.Select(p => new PublicProject(
            p.Name, p.CatalogueLine, p.Status, p.NoticeStartedOn, p.NoticeStartedOn?.AddDays(p.NoticeDays!.Value - 1), p.ApprovedOn, p.AcceptedOn,
            new PublicBudget(p.IntegratedFunds, p.Donors.Total(d => d.Amount), p.SelfFundingCash, p.InKind.Total()),
            paid[p.Id].Total(),
            p.Donors, p.Objections, p.ObjectionsResolved)).ToList();
        return new PublicCommunity(community.Name, community.TownshipName, community.Category, rows);
    }
}
