using Grants.Domain;
using Grants.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Data;

public static class ProjectLoading
{
    /// <summary>
    /// With every budget line: a project's budget, co-financing, tranche cap and objection numbers all need its
    /// donations, in-kind contributions and objections (there are no DbSets for them).
    /// </summary>
    public static IQueryable<Project> WithBudgetLines(this IQueryable<Project> projects) =>
        projects.Include(p => p.Donations).Include(p => p.InKind).Include(p => p.Objections).AsSplitQuery();

    /// <summary>The project, tracked and with its budget lines, or a refusal when it is not in the user's scope.</summary>
    public static async Task<Project> LoadProjectAsync(this GrantsDbContext db, int id, CancellationToken ct) =>
        await db.Projects.WithBudgetLines().SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new DomainRuleException("Projects.NotFound");
}
