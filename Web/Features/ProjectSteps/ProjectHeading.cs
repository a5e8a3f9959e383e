using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>What a form that changes a project shows above its fields: which project, where, at which stage.</summary>
public sealed record ProjectHeading(int Id, string Name, ProjectStatus Status, string TownshipName, string CommunityName);

/// <summary>A form that changes one project; the heading is read from the database, never posted.</summary>
public abstract class ProjectChangeForm
{
    [BindNever, ValidateNever]
    public ProjectHeading Project { get; set; } = null!;
}

public sealed class ProjectHeadingQuery(GrantsDbContext db)
{
    /// <summary>Fills the form's heading; false when the project is not in the user's scope.</summary>
    public async Task<bool> FillAsync(int id, ProjectChangeForm form, CancellationToken ct)
    {
        var heading = await (
            from p in db.Projects.AsNoTracking()
            join c in db.Communities on p.CommunityId equals c.Id
            join t in db.Townships on p.TownshipId equals t.Id
            where p.Id == id
            select new ProjectHeading(p.Id, p.Name, p.Status, t.Name, c.Name)).SingleOrDefaultAsync(ct);
        form.Project = heading!;
        return heading is not null;
    }
}

public static class ProjectChanges
{
    /// <summary>
    /// Loads the project with every budget line (the budget and the objection numbers need them), applies one domain
    /// method and saves. A concurrent change to the same project fails on its version, and nothing is saved.
    /// </summary>
    public static async Task ChangeProjectAsync(this GrantsDbContext db, int id, Action<Project> change, CancellationToken ct)
    {
        var project = await db.LoadProjectAsync(id, ct);
        change(project);
        await db.SaveChangesAsync(ct);
    }
}
