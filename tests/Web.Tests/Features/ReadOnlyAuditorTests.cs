using System.Net;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>The auditor reads everything and changes nothing, even with a valid antiforgery token in hand.</summary>
public abstract class ReadOnlyAuditorTests(GrantsApp app)
{
    [Fact]
    public async Task The_auditor_is_refused_editing_a_community_and_nothing_changes()
    {
        var id = await app.FirstCommunityId(DemoData.OtherTownship);
        var before = await app.CommunityName(id);
        var auditor = await app.SignedIn("auditor");

        using var response = await auditor.PostWithToken($"/communities/edit/{id}", new Dictionary<string, string>
        {
            ["Name"] = "审计员改的名字", ["Category"] = "FarmingVillage", ["Tier"] = "Lead", ["IsPilot"] = "true",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.CommunityName(id));
    }

    [Fact]
    public async Task The_auditor_is_refused_creating_a_township_and_none_is_added()
    {
        var before = await app.InDb(db => db.Townships.CountAsync());
        var auditor = await app.SignedIn("auditor");

        using var response = await auditor.PostWithToken("/townships/create", new Dictionary<string, string>
        {
            ["Code"] = "AUD01", ["Name"] = "审计镇",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.InDb(db => db.Townships.CountAsync()));
        Assert.False(await app.InDb(db => db.Townships.AnyAsync(t => t.Code == "AUD01")));
    }

    [Fact]
    public async Task Every_post_route_that_changes_data_refuses_the_auditor()
    {
        var routes = PostRoutes.All(app.Services).Where(r => !r.ForReadOnlyUsers).ToList();
        var auditor = await app.SignedIn("auditor");
        var token = await auditor.Token();

        var answers = new List<string>();
        foreach (var route in routes)
        {
            using var response = await auditor.Post(route.Url, [new(TestClient.TokenField, token), new("Name", "x")]);
            answers.Add($"{route} → {(int)response.StatusCode}");
        }

        Assert.NotEmpty(routes);
        Assert.All(answers, a => Assert.EndsWith("→ 403", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_auditor_can_still_switch_language_and_sign_out()
    {
        using var client = app.NewClient();
        await client.SignInAs("auditor");

        using var language = await client.PostForm("/", "[data-testid=culture-switcher]", new Dictionary<string, string> { ["culture"] = "en" });
        var english = await client.GetPage("/");
        using var signOut = await client.PostForm("/", "form[action$='/account/signout']", new Dictionary<string, string>());
        using var afterwards = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, language.StatusCode);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/signin", signOut.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/signin", afterwards.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReadOnlyAuditorOnSqlite(SqliteApp app) : ReadOnlyAuditorTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReadOnlyAuditorOnPostgres(PostgresApp app) : ReadOnlyAuditorTests(app);
