using Grants.Domain;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Communities;

/// <summary>Names are unique within a township; communities are aggregates of their own, so the database answers.</summary>
internal static class UniqueCommunity
{
    /// <param name="exceptId">The community being renamed, or 0 for a new one.</param>
    public static async Task RequireFreeNameAsync(GrantsDbContext db, int townshipId, string name, int exceptId, CancellationToken ct)
    {
        if (await db.Communities.AnyAsync(c => c.Id != exceptId && c.TownshipId == townshipId && c.Name == name, ct))
        {
            throw new DomainRuleException("Organisation.TakenInTownship", "Community.Name", name) { Field = nameof(CommunityForm.Name) };
        }
    }
}
