using System.Net;
using Grants.Domain.Projects;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.ProjectLifecycleKit;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Who may move a project on, enforced by the server whatever the page shows; and bad budget input changes nothing.</summary>
public abstract class ProjectStepsAccessTests(GrantsApp app)
{
    [Theory]
    [InlineData("accountant2", "/projectsteps/notice/{0}")]
    [InlineData("accountant2", "/projectbudget/donation/{0}")]
    [InlineData("accountant2", "/projectsteps/objection/{0}")]
    public async Task Another_townships_accountant_finds_no_such_project(string user, string url)
    {
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("他镇项目"));
        var client = await app.SignedIn(user);
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, id);
        using var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var post = await client.PostWithToken(path, new Dictionary<string, string> { ["StartsOn"] = "2026-11-01", ["Days"] = "10", ["Donor"] = "某人", ["Amount"] = "100", ["DonatedOn"] = "2026-11-01", ["ReceiptNumber"] = "X1", ["Text"] = "异议", ["RaisedOn"] = "2026-11-02" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var project = await app.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Planning, project.Status);
        Assert.Empty(project.Donations);
    }

    [Theory]
    [InlineData("accountant1", "/projectsteps/approve/{0}")]
    [InlineData("auditor", "/projectsteps/approve/{0}")]
    [InlineData("assessor", "/projectsteps/approve/{0}")]
    public async Task Only_the_finance_bureau_approves(string user, string url)
    {
        var id = await app.ProjectOnNoticeAsync(UniqueName("越权立项"));
        var client = await app.SignedIn(user);
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, id);
        using var post = await client.PostWithToken(path, new Dictionary<string, string> { ["ApprovedOn"] = "2026-11-12" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ProjectStatus.PublicNotice, (await app.ProjectAsync(id)).Status);
        var details = await client.GetPage($"/projects/details/{id}");
        Assert.Null(details.QuerySelector("[data-step=Approve]"));
    }

    [Fact]
    public async Task The_page_offers_the_steps_of_the_stage_to_the_roles_that_may_take_them()
    {
        var id = await app.ProjectOnNoticeAsync(UniqueName("按钮项目"));
        var accountantPage = await (await app.SignedIn("accountant1")).GetPage($"/projects/details/{id}");
        var clerkPage = await (await app.SignedIn("clerk")).GetPage($"/projects/details/{id}");
        var auditorPage = await (await app.SignedIn("auditor")).GetPage($"/projects/details/{id}");
        Assert.Equal(["Objection"], accountantPage.QuerySelectorAll("[data-step]").Select(a => a.GetAttribute("data-step")));
        Assert.Equal(["Approve", "Objection"], clerkPage.QuerySelectorAll("[data-step]").Select(a => a.GetAttribute("data-step")));
        Assert.Empty(auditorPage.QuerySelectorAll("[data-step], [data-budget]"));
        Assert.Equal(4, accountantPage.QuerySelectorAll("[data-budget]").Length);
    }

    [Theory]
    [InlineData("zh-CN", "“群众自筹（现金）”不能为负数")]
    [InlineData("en", "Residents' self-funding (cash) cannot be negative")]
    public async Task A_negative_self_funding_is_refused_under_the_field(string language, string expected)
    {
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("负数自筹"));
        var client = await app.SignedIn("accountant1");
        using var response = await client.PostForm($"/projectbudget/selffunding/{id}", new Dictionary<string, string> { ["Amount"] = "-5" }, language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await TestClient.Parse(response)).FieldError("Amount"), StringComparison.Ordinal);
        Assert.Equal(0, (await app.ProjectAsync(id)).Version);
    }

    [Fact]
    public async Task A_donation_receipt_number_used_by_another_project_is_refused()
    {
        var number = $"JZ-{Guid.NewGuid():N}"[..16];
        await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("先捐项目"), p => p.ReceiveDonation("甲公司", Yuan(500m), new DateOnly(2026, 5, 1), number));
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("后捐项目"));
        var client = await app.SignedIn("accountant1");
        using var response = await client.PostForm($"/projectbudget/donation/{id}",
            new Dictionary<string, string> { ["Donor"] = "乙公司", ["Amount"] = "800", ["DonatedOn"] = "2026-05-02", ["ReceiptNumber"] = number }, "en");
        Assert.Contains($"The donation receipt number {number} has already been used", (await TestClient.Parse(response)).FieldError("ReceiptNumber"), StringComparison.Ordinal);
        Assert.Empty((await app.ProjectAsync(id)).Donations);
    }

    [Theory]
    [InlineData("0", "Quantity")]
    [InlineData("abc", "Quantity")]
    [InlineData("12.345", "UnitValue")]
    public async Task A_labour_entry_with_a_bad_figure_is_refused(string value, string field)
    {
        var id = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("投工错误"));
        var client = await app.SignedIn("accountant1");
        var fields = new Dictionary<string, string> { ["Description"] = "清淤", ["Quantity"] = "10", ["UnitValue"] = "120" };
        fields[field] = value;
        using var response = await client.PostForm($"/projectbudget/labour/{id}", fields, "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await TestClient.Parse(response)).FieldError(field));
        Assert.Empty((await app.ProjectAsync(id)).InKind);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectStepsAccessOnSqlite(SqliteApp app) : ProjectStepsAccessTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectStepsAccessOnPostgres(PostgresApp app) : ProjectStepsAccessTests(app);
