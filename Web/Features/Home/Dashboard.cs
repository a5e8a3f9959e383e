using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Home;

/// <summary>What the signed-in user's scope holds, counted through the same township filter as every page.</summary>
public sealed record DashboardModel(int Townships, int Communities, int PilotCommunities, int Units);

public sealed class DashboardQuery(GrantsDbContext db)
{
    public async Task<DashboardModel> LoadAsync(CancellationToken ct) => new(
        await db.Townships.CountAsync(ct),
        await db.Communities.CountAsync(ct),
        await db.Communities.CountAsync(c => c.IsPilot, ct),
        await db.Units.CountAsync(ct));
}
