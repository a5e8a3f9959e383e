using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>Looks up the seeded demo county directly, county-wide (no request, so no township scope).</summary>
public static class DemoData
{
    public const string OwnTownship = "T01";   // 城关镇, accountant1's
    public const string OtherTownship = "T02"; // 河口镇, accountant2's

    public static Task<int> TownshipId(this GrantsApp app, string code) =>
        app.InDb(db => db.Townships.Where(t => t.Code == code).Select(t => t.Id).SingleAsync());

    public static Task<List<int>> CommunityIds(this GrantsApp app, string townshipCode) =>
        app.InDb(db => CommunitiesOf(db, townshipCode).Select(c => c.Id).OrderBy(id => id).ToListAsync());

    public static Task<int> FirstCommunityId(this GrantsApp app, string townshipCode) =>
        app.InDb(db => CommunitiesOf(db, townshipCode).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    public static Task<string> CommunityName(this GrantsApp app, int id) =>
        app.InDb(db => db.Communities.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleAsync());

    private static IQueryable<Grants.Domain.Organisation.Community> CommunitiesOf(GrantsDbContext db, string townshipCode) =>
        from c in db.Communities.AsNoTracking()
        join t in db.Townships on c.TownshipId equals t.Id
        where t.Code == townshipCode
        select c;
}
