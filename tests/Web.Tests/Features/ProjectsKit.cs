using System.Globalization;
using System.Net;
using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Steps the project page tests share: projects made directly in a township, the registration form, the rows it must not add.</summary>
internal static class ProjectsKit
{
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A project of the first community of a township, made through the DbContext, with optional budget lines.</summary>
    public static Task<int> NewProjectInAsync(this GrantsApp app, string townshipCode, string name, Action<Project>? budget = null) => app.InDb(async db =>
    {
        var community = await db.Communities.AsNoTracking().Where(c => db.Townships.Any(t => t.Id == c.TownshipId && t.Code == townshipCode))
            .OrderBy(c => c.Id).FirstAsync();
        var project = new Project(community.TownshipId, community.Id, null, name, "村塆道路硬化");
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        if (budget is not null)
        {
            budget(project);
            PostBudget(db, project);
            await db.SaveChangesAsync();
        }

        return project.Id;
    });

    /// <summary>
    /// Adds the journal entries the pages would have posted for the projects' donations and residents' cash, so the
    /// shared test database stays one that verify passes.
    /// </summary>
    public static void PostBudget(Grants.Infrastructure.Data.GrantsDbContext db, params Project[] projects)
    {
        var at = new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.Zero);
        foreach (var project in projects)
        {
            db.JournalEntries.AddRange(project.Donations.Select(d => ProjectPostings.Donation(d, at, "test")));
            if (ProjectPostings.SelfFunding(project, project.SelfFundingCash, new DateOnly(2026, 11, 1), at, "test") is { } entry)
            {
                db.JournalEntries.Add(entry);
            }
        }
    }

    public static Dictionary<string, string> Registration(int communityId, string name, string collected = "12", string merged = "5",
        string start = "2026-05-01", string end = "2026-09-30") => new()
    {
        ["CommunityId"] = communityId.ToString(CultureInfo.InvariantCulture), ["UnitId"] = "", ["Name"] = name, ["CatalogueLine"] = "人居环境整治",
        ["Location"] = "村委会旁", ["SuggestionsCollected"] = collected, ["SuggestionsMerged"] = merged, ["PlannedStart"] = start,
        ["PlannedEnd"] = end, ["ResponsiblePerson"] = "张建国",
    };

    public static Task<int> ProjectCountAsync(this GrantsApp app) => app.InDb(db => db.Projects.CountAsync());

    public static Task<bool> ProjectNamedAsync(this GrantsApp app, string name) => app.InDb(db => db.Projects.AnyAsync(p => p.Name == name));

    /// <summary>The new project's id from the redirect to its details page.</summary>
    public static int ProjectIdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.PathAndQueryOrOriginal() ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode} {location}");
        Assert.StartsWith("/projects/details/", location, StringComparison.Ordinal);
        return int.Parse(location["/projects/details/".Length..], CultureInfo.InvariantCulture);
    }

    public static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}
