using System.Net;
using AngleSharp.Dom;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Organisation;
using Grants.Domain.Projects;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>公示: anyone may read a community's public projects and budgets, and nothing personal beyond a notice board's.</summary>
public abstract class PublicDisclosureTests(GrantsApp app)
{
    private const string Responsible = "责任人赵铁柱";
    private const string Approver = "approver-钱审批";
    private const string ObjectionText = "异议内容孙某某";

    [Theory]
    [InlineData("zh-CN", "公示", "立项", "项目类别", "共 2 件，已处理 1 件")]
    [InlineData("en", "Public notice", "Approved", "Catalogue line", "2 raised, 1 resolved")]
    public async Task An_anonymous_visitor_sees_the_public_projects_and_their_budget(
        string language, string noticeStatus, string approvedStatus, string catalogueLabel, string objections)
    {
        var c = await NewCommunityWithProjectsAsync();

        var page = await app.NewClient().GetPage($"/public/community/{c.CommunityId}", language);

        Assert.Contains(c.CommunityName, page.Text("h1"), StringComparison.Ordinal);
        Assert.Empty(page.NavItems());
        Assert.NotNull(page.QuerySelector("[data-testid=culture-switcher]"));
        Assert.Contains("城关镇", page.Text("[data-testid=community]"), StringComparison.Ordinal);
        var projects = page.QuerySelectorAll("[data-testid=public-project]");
        Assert.Equal(2, projects.Length);
        var notice = projects.Single(p => p.TextContent.Contains(c.NoticeName, StringComparison.Ordinal));
        Assert.Equal(noticeStatus, In(notice, "[data-status]"));
        Assert.Contains(catalogueLabel, notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-03-01", In(notice, "[data-figure=notice]"), StringComparison.Ordinal);
        Assert.Contains("2026-03-10", In(notice, "[data-figure=notice]"), StringComparison.Ordinal);
        Assert.Equal(objections, In(notice, "[data-figure=objections]"));
        var budget = notice.QuerySelector("[data-testid=budget]")!;
        Assert.Equal(Yuan(0m), budget.Figure("integrated"));
        Assert.Equal(Yuan(1500m), budget.Figure("donations"));
        Assert.Equal(Yuan(2000m), budget.Figure("self-funding"));
        Assert.Equal(Yuan(1000m), budget.Figure("in-kind"));
        Assert.Equal(Yuan(4500m), budget.Figure("total"));
        Assert.Equal(Yuan(0m), budget.Figure("spent"));
        Assert.Contains("在外乡贤王某某", In(notice, "[data-testid=donors]"), StringComparison.Ordinal);
        Assert.Contains("¥1,500.00", In(notice, "[data-testid=donors]"), StringComparison.Ordinal);
        var approved = projects.Single(p => p.TextContent.Contains(c.ApprovedName, StringComparison.Ordinal));
        Assert.Equal(approvedStatus, In(approved, "[data-status]"));
        Assert.Equal("2026-04-01", In(approved, "[data-figure=approved-on]"));
    }

    [Fact]
    public async Task A_project_shows_what_the_treasury_has_paid_for_it_and_nothing_approved_but_unpaid()
    {
        var paid = await app.InDb(async db => (await db.Requests.AsNoTracking()
                .Where(r => r.Status == RequestStatus.Paid || r.Status == RequestStatus.Approved)
                .Select(r => new { r.ProjectId, r.Status, r.Amount }).ToListAsync())
            .GroupBy(r => r.ProjectId)
            .Select(g => (ProjectId: g.Key, Paid: g.Where(r => r.Status == RequestStatus.Paid).Total(r => r.Amount), Unpaid: g.Any(r => r.Status == RequestStatus.Approved)))
            .Where(p => p.Paid.IsPositive)
            .OrderByDescending(p => p.Unpaid).First()); // one with an approved request not yet paid too, if the demo has one
        var project = await app.InDb(db => db.Projects.AsNoTracking().Where(p => p.Id == paid.ProjectId).Select(p => new { p.Name, p.CommunityId }).SingleAsync());

        var page = await app.NewClient().GetPage($"/public/community/{project.CommunityId}");

        var shown = page.QuerySelectorAll("[data-testid=public-project]").Single(p => p.TextContent.Contains(project.Name, StringComparison.Ordinal));
        Assert.Equal(paid.Paid, shown.QuerySelector("[data-testid=budget]")!.Figure("spent"));
    }

    [Fact]
    public async Task Planning_projects_and_personal_data_are_not_shown()
    {
        var c = await NewCommunityWithProjectsAsync();

        using var response = await app.NewClient().GetAsync($"/public/community/{c.CommunityId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(c.PlanningName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Responsible, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Approver, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ObjectionText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(c.Receipt, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_links_to_communities_with_public_projects_only()
    {
        var c = await NewCommunityWithProjectsAsync();
        var planningOnly = await NewCommunityAsync("只谋划村");
        await app.InDb(async db =>
        {
            db.Projects.Add(new Project(planningOnly.TownshipId, planningOnly.Id, null, UniqueName("谋划"), "人居环境整治"));
            return await db.SaveChangesAsync();
        });

        var page = await app.NewClient().GetPage("/public", "zh-CN");

        Assert.Equal("项目公示", page.Text("h1"));
        Assert.Equal($"/public/community/{c.CommunityId}", page.QuerySelector($"[data-community='{c.CommunityId}']")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector($"[data-community='{planningOnly.Id}']"));
    }

    [Fact]
    public async Task An_unknown_community_is_the_friendly_404()
    {
        using var response = await app.NewClient().GetAsync("/public/community/999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Equal("404", page.QuerySelector("[data-testid=error-page]")!.GetAttribute("data-status"));
    }

    private static string In(IElement scope, string selector) =>
        scope.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"no '{selector}' in the project");

    private sealed record Seeded(int CommunityId, string CommunityName, string NoticeName, string ApprovedName, string PlanningName, string Receipt);

    /// <summary>A community of its own in 城关镇 with one project at the notice, one approved and one still in planning.</summary>
    private async Task<Seeded> NewCommunityWithProjectsAsync()
    {
        var community = await NewCommunityAsync("公示村");
        var (noticeName, approvedName, planningName) = (UniqueName("公示项目"), UniqueName("立项项目"), UniqueName("谋划项目"));
        var receipt = "JZ" + Guid.NewGuid().ToString("N")[..12];
        await app.InDb(async db =>
        {
            var notice = new Project(community.TownshipId, community.Id, null, noticeName, "人居环境整治");
            var approved = new Project(community.TownshipId, community.Id, null, approvedName, "村塆道路硬化");
            var planning = new Project(community.TownshipId, community.Id, null, planningName, "人居环境整治");
            db.Projects.AddRange(notice, approved, planning);
            await db.SaveChangesAsync();
            foreach (var p in new[] { notice, approved, planning })
            {
                p.Describe("村委会旁", 10, 3, new DateOnly(2026, 5, 1), new DateOnly(2026, 9, 30), Responsible);
                p.PledgeSelfFunding(Yuan(2000m));
                p.RecordLabour("清理沟渠", 10m, Yuan(100m));
            }

            notice.ReceiveDonation("在外乡贤王某某", Yuan(1500m), new DateOnly(2026, 2, 20), receipt);
            notice.StartPublicNotice(new DateOnly(2026, 3, 1), 10);
            notice.RecordObjection(ObjectionText, new DateOnly(2026, 3, 2));
            notice.RecordObjection(ObjectionText + "2", new DateOnly(2026, 3, 3));
            notice.ResolveObjection(1, "已解释", new DateOnly(2026, 3, 4));
            approved.StartPublicNotice(new DateOnly(2026, 3, 1), 10);
            approved.Approve(new DateOnly(2026, 4, 1), Approver, CoFinancingRules.Default);
            ProjectsKit.PostBudget(db, notice, approved, planning);
            return await db.SaveChangesAsync();
        });
        return new Seeded(community.Id, community.Name, noticeName, approvedName, planningName, receipt);
    }

    private Task<Community> NewCommunityAsync(string prefix) => app.InDb(async db =>
    {
        var townshipId = await db.Townships.Where(t => t.Code == DemoData.OwnTownship).Select(t => t.Id).SingleAsync();
        var community = new Community(townshipId, UniqueName(prefix), CommunityCategory.FarmingVillage, false, RolloutTier.Lead);
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        return community;
    });
}

[Collection(OnSqlite.Name)]
public sealed class PublicDisclosureOnSqlite(SqliteApp app) : PublicDisclosureTests(app);

[Collection(OnPostgres.Name)]
public sealed class PublicDisclosureOnPostgres(PostgresApp app) : PublicDisclosureTests(app);
