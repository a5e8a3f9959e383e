using System.Net;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Clerks and administrators move pool money; the approver and the auditor read; township accountants see no pools.</summary>
public abstract class PoolsAccessTests(GrantsApp app)
{
    [Theory]
    [InlineData("accountant1")]
    [InlineData("auditor")]
    [InlineData("approver")]
    public async Task Only_clerks_and_administrators_may_allocate_and_a_refused_post_writes_nothing(string user)
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("权限池"));
        await clerk.RecordReceiptAsync(poolId, "500");
        var projectId = await app.NewProjectAsync(UniqueName("权限项目"));
        var client = await app.SignedIn(user);
        var before = await app.CountsAsync();

        using var form = await client.GetAsync($"/pools/allocate/{poolId}");
        using var post = await client.PostWithToken($"/pools/allocate/{poolId}", Allocation(projectId, "100"));

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(Yuan(500m), (await app.PoolAsync(poolId)).Available);
    }

    [Theory]
    [InlineData("/pools/create")]
    [InlineData("/pools/receipt/{0}")]
    [InlineData("/pools/reserve/{0}")]
    [InlineData("/pools/carryforward/{0}")]
    public async Task The_auditor_opens_no_form_that_moves_money(string url)
    {
        var poolId = await (await app.SignedIn("clerk")).CreatePoolAsync(UniqueName("审计池"));
        var auditor = await app.SignedIn("auditor");

        using var response = await auditor.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, poolId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("approver", HttpStatusCode.OK)]
    [InlineData("clerk", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("accountant1", HttpStatusCode.Forbidden)]
    [InlineData("assessor", HttpStatusCode.Forbidden)]
    public async Task The_pools_are_read_by_the_finance_roles_and_the_auditor(string user, HttpStatusCode expected)
    {
        var poolId = await (await app.SignedIn("clerk")).CreatePoolAsync(UniqueName("只读池"));
        var client = await app.SignedIn(user);

        using var overview = await client.GetAsync("/pools");
        using var details = await client.GetAsync($"/pools/details/{poolId}");
        var menu = (await client.GetPage("/")).NavItems();

        Assert.Equal(expected, overview.StatusCode);
        Assert.Equal(expected, details.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, menu.Contains("Nav.Pools"));
    }

    [Fact]
    public async Task The_auditor_reads_the_figures_but_is_offered_no_action()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("审计可读池"));
        await clerk.RecordReceiptAsync(poolId, "321.09");
        var auditor = await app.SignedIn("auditor");

        var overview = await auditor.GetPage("/pools");
        var details = await auditor.GetPage($"/pools/details/{poolId}");

        Assert.Equal(Yuan(321.09m), overview.QuerySelector($"[data-testid=pools] tr[data-id='{poolId}']")!.Figure("received"));
        Assert.Equal(Yuan(321.09m), details.QuerySelector("[data-testid=pool-figures]")!.Figure("available"));
        Assert.Null(overview.QuerySelector("[data-testid=create-pool]"));
        Assert.Null(details.QuerySelector("[data-testid=allocate]"));
    }
}

[Collection(OnSqlite.Name)]
public sealed class PoolsAccessOnSqlite(SqliteApp app) : PoolsAccessTests(app);

[Collection(OnPostgres.Name)]
public sealed class PoolsAccessOnPostgres(PostgresApp app) : PoolsAccessTests(app);
