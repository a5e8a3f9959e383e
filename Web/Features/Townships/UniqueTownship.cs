using Grants.Domain;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Townships;

/// <summary>Codes and names are unique county-wide: a question for the database, not for one aggregate.</summary>
internal static class UniqueTownship
{
    public static async Task RequireFreeCodeAsync(GrantsDbContext db, string code, CancellationToken ct)
    {
        if (await db.Townships.AnyAsync(t => t.Code == code, ct))
        {
            throw new DomainRuleException("Organisation.Taken", "Township.Code", code) { Field = nameof(NewTownshipForm.Code) };
        }
    }

    /// <param name="exceptId">The township being renamed, or 0 for a new one.</param>
    public static async Task RequireFreeNameAsync(GrantsDbContext db, string name, int exceptId, CancellationToken ct)
    {
        if (await db.Townships.AnyAsync(t => t.Id != exceptId && t.Name == name, ct))
        {
            throw new DomainRuleException("Organisation.Taken", "Township.Name", name) { Field = nameof(TownshipForm.Name) };
        }
    }
}
