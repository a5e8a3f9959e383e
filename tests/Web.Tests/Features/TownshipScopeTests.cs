using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>accountant1 works in T01 城关镇 only: another township's rows do not exist for them, whatever the URL.</summary>
public abstract partial class TownshipScopeTests(GrantsApp app)
{
    private Task<TestClient> Accountant => app.SignedIn("accountant1");

    [Fact]
    public async Task A_community_of_another_township_is_not_found_for_an_accountant()
    {
        var other = await app.FirstCommunityId(DemoData.OtherTownship);
        var client = await Accountant;

        using var response = await client.GetAsync($"/communities/details/{other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_community_of_their_own_township_opens_for_an_accountant()
    {
        var own = await app.FirstCommunityId(DemoData.OwnTownship);
        var client = await Accountant;

        var page = await client.GetPage($"/communities/details/{own}");

        Assert.Contains(await app.CommunityName(own), page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_township_is_not_found_for_an_accountant_but_their_own_is()
    {
        var client = await Accountant;

        using var other = await client.GetAsync($"/townships/details/{await app.TownshipId(DemoData.OtherTownship)}");
        using var own = await client.GetAsync($"/townships/details/{await app.TownshipId(DemoData.OwnTownship)}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task The_community_list_of_an_accountant_holds_exactly_their_townships_communities()
    {
        var expected = await app.CommunityIds(DemoData.OwnTownship);
        var client = await Accountant;

        var page = await client.GetPage("/communities?pageSize=200");

        var shown = page.QuerySelectorAll("[data-testid=communities] tbody tr[data-id]")
            .Select(r => int.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected, shown);
        Assert.Equal(expected.Count, TotalIn(page.Text("[data-testid=pager]")));
    }

    [Fact]
    public async Task Filtering_the_list_by_another_township_shows_nothing_to_an_accountant()
    {
        var client = await Accountant;

        var page = await client.GetPage($"/communities?townshipId={await app.TownshipId(DemoData.OtherTownship)}&pageSize=200");

        Assert.Empty(page.QuerySelectorAll("[data-testid=communities] tbody tr[data-id]"));
        Assert.Equal(0, TotalIn(page.Text("[data-testid=pager]")));
    }

    [Fact]
    public async Task The_township_list_of_an_accountant_shows_their_township_only()
    {
        var own = await app.TownshipId(DemoData.OwnTownship);
        var client = await Accountant;

        var page = await client.GetPage("/townships?pageSize=200");

        var links = page.QuerySelectorAll("[data-testid=townships] a[href^='/townships/details/']")
            .Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal([$"/townships/details/{own}"], links);
    }

    [Fact]
    public async Task A_county_wide_user_sees_every_community()
    {
        var count = await app.InDb(db => db.Communities.CountAsync());
        var client = await app.SignedIn("auditor");

        var page = await client.GetPage("/communities");

        Assert.Equal(count, TotalIn(page.Text("[data-testid=pager]")));
    }

    // "第 1 / 1 页，共 14 条" or "Page 1 of 1, 14 records": the last number is the total.
    private static int TotalIn(string pager) =>
        int.Parse(Numbers().Matches(pager)[^1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}

[Collection(OnSqlite.Name)]
public sealed class TownshipScopeOnSqlite(SqliteApp app) : TownshipScopeTests(app);

[Collection(OnPostgres.Name)]
public sealed class TownshipScopeOnPostgres(PostgresApp app) : TownshipScopeTests(app);
