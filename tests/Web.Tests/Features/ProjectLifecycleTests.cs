using System.Net;
using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Infrastructure.Ledger;
using Grants.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.ProjectLifecycleKit;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>A project's whole life through its pages: money in, budget by source, notice, objections, approval, works, acceptance, books closed.</summary>
public abstract class ProjectLifecycleTests(GrantsApp app)
{
    [Fact]
    public async Task Receipt_allocation_budget_and_approval_then_every_later_step_move_the_project_to_archived()
    {
        var accountant = await app.SignedIn("accountant1");
        var clerk = await app.SignedIn("clerk");
        var name = UniqueName("文化广场改造");
        using var registered = await accountant.PostForm("/projects/create", Registration(await app.FirstCommunityId(DemoData.OwnTownship), name));
        var id = ProjectIdFrom(registered);

        var poolId = await clerk.CreatePoolAsync(PoolsKit.UniqueName("共同缔造资金池"));
        await clerk.RecordReceiptAsync(poolId, "500000");
        Assert.Equal(poolId, PoolsKit.PoolIdFrom(await clerk.PostForm($"/pools/allocate/{poolId}", PoolsKit.Allocation(id, "40000", "2026-10-15"))));

        await accountant.DoAsync($"/projectbudget/donation/{id}", new() { ["Donor"] = "县商会", ["Amount"] = "20,000.00", ["DonatedOn"] = "2026-10-16", ["ReceiptNumber"] = $"JZ-{Guid.NewGuid():N}"[..20] });
        await accountant.DoAsync($"/projectbudget/selffunding/{id}", new() { ["Amount"] = "10000" });
        await accountant.DoAsync($"/projectbudget/labour/{id}", new() { ["Description"] = "平整场地", ["Quantity"] = "100", ["UnitValue"] = "150" });
        await accountant.DoAsync($"/projectbudget/materials/{id}", new() { ["Description"] = "碎石", ["Quantity"] = "30", ["Unit"] = "吨", ["UnitValue"] = "500" });

        await accountant.DoAsync($"/projectsteps/notice/{id}", new() { ["StartsOn"] = "2026-11-01", ["Days"] = "10" });
        await accountant.DoAsync($"/projectsteps/objection/{id}", new() { ["Text"] = "广场位置离住户太近", ["RaisedOn"] = "2026-11-03" });
        var refused = await TestClient.Parse(await clerk.PostForm($"/projectsteps/approve/{id}", On("ApprovedOn", "2026-11-12"), "en"));
        Assert.Contains("1 objection(s) are still unresolved", refused.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.PublicNotice, (await app.ProjectAsync(id)).Status);
        await accountant.DoAsync($"/projectsteps/resolve/{id}?number=1", new() { ["Resolution"] = "已调整至村委会东侧空地", ["ResolvedOn"] = "2026-11-05" });

        await clerk.DoAsync($"/projectsteps/approve/{id}", On("ApprovedOn", "2026-11-12"));
        await accountant.DoAsync($"/projectsteps/start/{id}", On("On", "2026-11-13"));
        await accountant.DoAsync($"/projectsteps/completeworks/{id}", On("On", "2026-11-20"));
        await accountant.DoAsync($"/projectsteps/accept/{id}", new() { ["Inspector"] = "李卫东", ["Findings"] = "工程质量合格", ["AcceptedOn"] = "2026-11-22" });
        await clerk.DoAsync($"/projectsteps/settle/{id}", On("On", "2026-11-25"));
        await clerk.DoAsync($"/projectsteps/archive/{id}", On("On", "2026-11-26"));

        var project = await app.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Archived, project.Status);
        Assert.Equal("clerk", project.ApprovedBy);
        Assert.Equal(new DateOnly(2026, 11, 22), project.Acceptance!.AcceptedOn);
        Assert.Equal(new Budget(Yuan(40_000m), Yuan(20_000m), Yuan(10_000m), Yuan(15_000m), Yuan(15_000m)), project.Budget);
        Assert.Equal("已调整至村委会东侧空地", Assert.Single(project.Objections).Resolution);

        var page = await accountant.GetPage($"/projects/details/{id}");
        var budget = page.QuerySelector("[data-testid=budget]")!;
        Assert.Equal(Yuan(70_000m), budget.Figure("cash-total"));
        Assert.Equal(Yuan(100_000m), budget.Figure("total"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=project-steps] a"));
        Assert.Empty(page.QuerySelectorAll("[data-budget]"));
        Assert.Equal(Yuan(70_000m), await app.BalanceAsync(LedgerAccount.ProjectFunds(id).Code));
        await app.AssertJournalBalancesAsync();
        var verification = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());
        Assert.True(verification.IsOk, verification.Discrepancy is { } d ? VerifyCommand.Describe(d) : "");
    }

    [Fact]
    public async Task Lowering_the_residents_cash_posts_a_correction_and_the_project_account_follows()
    {
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("自筹更正"));
        var accountant = await app.SignedIn("accountant1");
        await accountant.DoAsync($"/projectbudget/selffunding/{id}", new() { ["Amount"] = "10000" });
        await accountant.DoAsync($"/projectbudget/selffunding/{id}", new() { ["Amount"] = "6000.50" });
        await accountant.DoAsync($"/projectbudget/selffunding/{id}", new() { ["Amount"] = "6000.50" });

        var kinds = await app.InDb(db => db.JournalEntries.Where(e => e.Source == $"self-funding:{id}").OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([JournalKind.SelfFunding, JournalKind.SelfFunding], kinds);
        Assert.Equal(Yuan(6_000.50m), (await app.ProjectAsync(id)).SelfFundingCash);
        Assert.Equal(Yuan(6_000.50m), await app.BalanceAsync(LedgerAccount.ProjectFunds(id).Code));
        var verification = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());
        Assert.True(verification.IsOk, verification.Discrepancy is { } d ? VerifyCommand.Describe(d) : "");
    }

    [Theory]
    [InlineData("zh-CN", "整合资金占总预算 97.1%，超过上限 60%")]
    [InlineData("en", "Integrated funds are 97.1% of the total budget, above the limit of 60%")]
    public async Task Approval_is_refused_while_the_budget_breaks_the_co_financing_rules(string language, string expected)
    {
        var id = await app.ProjectOnNoticeAsync(UniqueName("超比例项目"), keepsTheRules: false);
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(PoolsKit.UniqueName("超比例资金池"));
        await clerk.RecordReceiptAsync(poolId, "34000");
        Assert.Equal(poolId, PoolsKit.PoolIdFrom(await clerk.PostForm($"/pools/allocate/{poolId}", PoolsKit.Allocation(id, "34000", "2026-11-02"))));
        var approvePage = await clerk.GetPage($"/projectsteps/approve/{id}", language);
        Assert.Contains(expected, approvePage.Text("[data-testid=co-financing-warnings]"), StringComparison.Ordinal);

        using var response = await clerk.PostForm($"/projectsteps/approve/{id}", On("ApprovedOn", "2026-11-12"), language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await TestClient.Parse(response)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.PublicNotice, (await app.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Approval_inside_the_notice_window_is_refused_and_names_its_last_day()
    {
        var id = await app.ProjectOnNoticeAsync(UniqueName("公示期内项目"));
        var clerk = await app.SignedIn("clerk");
        using var response = await clerk.PostForm($"/projectsteps/approve/{id}", On("ApprovedOn", "2026-11-10"), "en");
        Assert.Contains("The public notice runs until 2026-11-10", (await TestClient.Parse(response)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.PublicNotice, (await app.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task A_step_from_the_wrong_stage_is_refused_with_both_stages_named()
    {
        var id = await app.ProjectOnNoticeAsync(UniqueName("跳步项目"));
        var accountant = await app.SignedIn("accountant1");
        using var response = await accountant.PostForm($"/projectsteps/start/{id}", On("On", "2026-11-20"));
        Assert.Contains("项目当前为“公示”，不能转为“实施”", (await TestClient.Parse(response)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.PublicNotice, (await app.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Two_approvers_pressing_approve_at_once_approve_the_project_once()
    {
        var id = await app.ProjectOnNoticeAsync(UniqueName("并发立项"));
        var clerk = await app.SignedIn("clerk");
        var approver = await app.SignedIn("approver");
        var responses = await Task.WhenAll(
            clerk.PostForm($"/projectsteps/approve/{id}", On("ApprovedOn", "2026-11-12")),
            approver.PostForm($"/projectsteps/approve/{id}", On("ApprovedOn", "2026-11-13")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.NotEmpty((await TestClient.Parse(loser)).FormErrors());
        var project = await app.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(responses[0].StatusCode == HttpStatusCode.Redirect ? "clerk" : "approver", project.ApprovedBy);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectLifecycleOnSqlite(SqliteApp app) : ProjectLifecycleTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectLifecycleOnPostgres(PostgresApp app) : ProjectLifecycleTests(app);
