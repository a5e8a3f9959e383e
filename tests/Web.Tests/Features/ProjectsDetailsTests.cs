using System.Net;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>The details page shows the budget by source, the co-financing warnings, the tranche plan and the allocations received.</summary>
public abstract class ProjectsDetailsTests(GrantsApp app)
{
    [Theory]
    [InlineData("zh-CN", "整合资金占总预算 70%，超过上限 60%")]
    [InlineData("en", "Integrated funds are 70% of the total budget, above the limit of 60%")]
    public async Task The_budget_by_source_adds_up_and_warns_when_integrated_funds_exceed_60_percent(string language, string warning)
    {
        var name = UniqueName("账单项目");
        var receipt = "JZ" + Guid.NewGuid().ToString("N")[..12];
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, name, p =>
        {
            p.ReceiveDonation("城关商会", Yuan(1000m), new DateOnly(2026, 3, 10), receipt);
            p.PledgeSelfFunding(Yuan(1000m));
            p.RecordLabour("清理沟渠", 10m, Yuan(100m));
        });
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(PoolsKit.UniqueName("项目详情池"));
        await clerk.RecordReceiptAsync(poolId, "10000", document: "鄂财农发〔2026〕" + Guid.NewGuid().ToString("N")[..6]);
        using (var allocated = await clerk.PostForm($"/pools/allocate/{poolId}", PoolsKit.Allocation(id, "7000")))
        {
            Assert.Equal(poolId, PoolsKit.PoolIdFrom(allocated));
        }

        var page = await (await app.SignedIn("accountant1")).GetPage($"/projects/details/{id}", language);

        var budget = page.QuerySelector("[data-testid=budget]")!;
        Assert.Equal(Yuan(7000m), budget.Figure("integrated"));
        Assert.Equal(Yuan(1000m), budget.Figure("donations"));
        Assert.Equal(Yuan(1000m), budget.Figure("self-funding"));
        Assert.Equal(Yuan(9000m), budget.Figure("cash-total"));
        Assert.Equal(Yuan(1000m), budget.Figure("labour"));
        Assert.Equal(Yuan(0m), budget.Figure("materials"));
        Assert.Equal(Yuan(1000m), budget.Figure("in-kind-total"));
        Assert.Equal(Yuan(10000m), budget.Figure("total"));
        Assert.Contains(warning, page.Text("[data-testid=co-financing-warnings]"), StringComparison.Ordinal);
        Assert.Contains(receipt, page.Text("[data-testid=donations]"), StringComparison.Ordinal);
        Assert.Contains("清理沟渠", page.Text("[data-testid=in-kind]"), StringComparison.Ordinal);
        Assert.Contains("¥7,000.00", page.Text("[data-testid=allocations]"), StringComparison.Ordinal);
        Assert.Equal(Yuan(9000m), page.DocumentElement.Figure("payable"));
        Assert.Equal(Yuan(0m), page.DocumentElement.Figure("cap"));
        Assert.Equal("NotStarted", page.QuerySelector("[data-stage]")!.GetAttribute("data-stage"));
    }

    [Fact]
    public async Task A_balanced_budget_shows_no_co_financing_warning()
    {
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("合规项目"), p =>
        {
            p.PledgeSelfFunding(Yuan(3000m));
            p.RecordMaterials("砂石", 2.5m, "立方米", Yuan(200m));
        });

        var page = await (await app.SignedIn("admin")).GetPage($"/projects/details/{id}");

        Assert.NotNull(page.QuerySelector("[data-testid=co-financing-ok]"));
        Assert.Equal(Yuan(500m), page.QuerySelector("[data-testid=budget]")!.Figure("materials"));
        Assert.Equal(Yuan(3500m), page.QuerySelector("[data-testid=budget]")!.Figure("total"));
    }

    [Fact]
    public async Task A_project_in_every_stage_opens_with_its_status()
    {
        await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("谋划项目"));
        var firstOfEachStatus = await app.InDb(db => db.Projects.GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Id = g.Min(p => p.Id) }).ToListAsync());
        var client = await app.SignedIn("admin");

        foreach (var project in firstOfEachStatus)
        {
            var page = await client.GetPage($"/projects/details/{project.Id}", "en");
            Assert.Equal(project.Status.ToString(), page.QuerySelector("h1 [data-status]")!.GetAttribute("data-status"));
        }
    }

    [Fact]
    public async Task A_project_that_does_not_exist_is_not_found()
    {
        using var response = await (await app.SignedIn("admin")).GetAsync("/projects/details/999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectsDetailsOnSqlite(SqliteApp app) : ProjectsDetailsTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectsDetailsOnPostgres(PostgresApp app) : ProjectsDetailsTests(app);
