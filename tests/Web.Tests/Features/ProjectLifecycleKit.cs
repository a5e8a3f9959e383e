using System.Net;
using Grants.Domain.Projects;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Steps the lifecycle and budget tests share: forms posted on a project's pages, and the project read back.</summary>
internal static class ProjectLifecycleKit
{
    /// <summary>Posts a project form and insists it succeeded: a redirect back to the project's page.</summary>
    public static async Task DoAsync(this TestClient client, string url, Dictionary<string, string> fields)
    {
        using var response = await client.PostForm(url, fields);
        var body = response.StatusCode == HttpStatusCode.Redirect ? "" : (await TestClient.Parse(response)).FormErrors();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: expected a redirect, got {(int)response.StatusCode} {body}");
        Assert.Matches(@"^/projects/details/\d+$", response.Headers.Location!.OriginalString);
    }

    public static Task<Project> ProjectAsync(this GrantsApp app, int id) => app.InDb(db => db.Projects.AsNoTracking()
        .Include(p => p.Donations).Include(p => p.InKind).Include(p => p.Objections).AsSplitQuery()
        .IgnoreQueryFilters().SingleAsync(p => p.Id == id));

    /// <summary>A project of T01 with a budget that keeps the default co-financing rules, put on notice from 2026-11-01 for 10 days.</summary>
    public static Task<int> ProjectOnNoticeAsync(this GrantsApp app, string name, bool keepsTheRules = true) =>
        app.NewProjectInAsync(DemoData.OwnTownship, name, p =>
        {
            p.ReceiveDonation("县商会", ProjectsKit.Yuan(keepsTheRules ? 30_000m : 1_000m), new DateOnly(2026, 10, 20), $"JZT-{Guid.NewGuid():N}"[..20]);
            p.PledgeSelfFunding(ProjectsKit.Yuan(keepsTheRules ? 20_000m : 0m));
            p.StartPublicNotice(new DateOnly(2026, 11, 1), 10);
        });

    public static Dictionary<string, string> On(string field, string date) => new() { [field] = date };
}
