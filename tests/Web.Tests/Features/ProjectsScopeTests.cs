using System.Globalization;
using System.Net;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>accountant1 (T01 城关镇) lists and opens only their township's projects, and registers projects only there.</summary>
public abstract class ProjectsScopeTests(GrantsApp app)
{
    private Task<TestClient> Accountant => app.SignedIn("accountant1");

    [Fact]
    public async Task The_list_of_an_accountant_holds_only_their_townships_projects()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var own = await app.NewProjectInAsync(DemoData.OwnTownship, $"本镇项目{token}");
        var other = await app.NewProjectInAsync(DemoData.OtherTownship, $"外镇项目{token}");
        var ownTownship = await app.TownshipId(DemoData.OwnTownship);
        var client = await Accountant;

        var found = await client.GetPage($"/projects?q={token}&pageSize=200");
        var all = await client.GetPage("/projects?pageSize=200");

        Assert.Equal([own], Ids(found));
        Assert.DoesNotContain(other, Ids(all));
        Assert.All(all.QuerySelectorAll("[data-testid=projects] tbody tr[data-id]"),
            r => Assert.Equal(ownTownship.ToString(CultureInfo.InvariantCulture), r.GetAttribute("data-township")));
    }

    [Fact]
    public async Task A_county_wide_user_finds_both_townships_projects()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var own = await app.NewProjectInAsync(DemoData.OwnTownship, $"本镇项目{token}");
        var other = await app.NewProjectInAsync(DemoData.OtherTownship, $"外镇项目{token}");
        var client = await app.SignedIn("auditor");

        var found = await client.GetPage($"/projects?q={token}&pageSize=200");

        Assert.Equal(new[] { own, other }.Order(), Ids(found).Order());
        foreach (var sort in new[] { "township", "community", "status", "funds" })
        {
            var sorted = await client.GetPage($"/projects?q={token}&sort={sort}&desc=true&status=Planning&line=村塆道路硬化");
            Assert.Equal(2, Ids(sorted).Count);
        }
    }

    [Fact]
    public async Task Another_townships_project_is_not_found_for_an_accountant_but_their_own_opens()
    {
        var own = await app.NewProjectInAsync(DemoData.OwnTownship, UniqueName("本镇项目"));
        var other = await app.NewProjectInAsync(DemoData.OtherTownship, UniqueName("外镇项目"));
        var client = await Accountant;

        using var otherResponse = await client.GetAsync($"/projects/details/{other}");
        using var ownResponse = await client.GetAsync($"/projects/details/{own}");

        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
    }

    [Fact]
    public async Task The_registration_form_offers_an_accountant_only_their_townships_communities()
    {
        var expected = await app.CommunityIds(DemoData.OwnTownship);
        var client = await Accountant;

        var page = await client.GetPage("/projects/create");

        var offered = page.QuerySelectorAll("select[name=CommunityId] option[value]").Select(o => o.GetAttribute("value"))
            .Where(v => v is { Length: > 0 }).Select(v => int.Parse(v!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected, offered);
    }

    [Theory]
    [InlineData("zh-CN", "不在您的管辖范围内")]
    [InlineData("en", "outside your township")]
    public async Task Registering_for_another_townships_community_is_refused_and_writes_nothing(string language, string expected)
    {
        var otherCommunity = await app.FirstCommunityId(DemoData.OtherTownship);
        var name = UniqueName("越权项目");
        var client = await Accountant;
        var before = await app.ProjectCountAsync();

        using var response = await client.PostForm("/projects/create", Registration(otherCommunity, name), language);

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError("CommunityId"), StringComparison.Ordinal);
        Assert.Equal(before, await app.ProjectCountAsync());
        Assert.False(await app.ProjectNamedAsync(name));
    }

    [Fact]
    public async Task An_accountant_registers_a_project_in_their_township_and_finds_it_in_the_list()
    {
        var community = await app.FirstCommunityId(DemoData.OwnTownship);
        var name = UniqueName("新登记项目");
        var client = await Accountant;

        using var response = await client.PostForm("/projects/create", Registration(community, name));
        var id = ProjectIdFrom(response);

        var details = await client.GetPage($"/projects/details/{id}");
        var list = await client.GetPage($"/projects?q={Uri.EscapeDataString(name)}");
        Assert.Contains(name, details.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12", details.Text("[data-figure=collected]"));
        Assert.Equal([id], Ids(list));
        Assert.Equal("Planning", list.QuerySelector("tr[data-id] [data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task The_auditor_cannot_open_the_registration_form()
    {
        var client = await app.SignedIn("auditor");

        using var response = await client.GetAsync("/projects/create");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<int> Ids(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=projects] tbody tr[data-id]")
            .Select(r => int.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).ToList();
}

[Collection(OnSqlite.Name)]
public sealed class ProjectsScopeOnSqlite(SqliteApp app) : ProjectsScopeTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectsScopeOnPostgres(PostgresApp app) : ProjectsScopeTests(app);
