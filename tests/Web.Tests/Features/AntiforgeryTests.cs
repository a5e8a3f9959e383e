using System.Net;
using Grants.Infrastructure.Seeding;
using Grants.Web.Tests.Infrastructure;

namespace Grants.Web.Tests.Features;

/// <summary>Every POST needs the page's antiforgery token; the cookie alone (what a forged cross-site form sends) is not enough.</summary>
public abstract class AntiforgeryTests(GrantsApp app)
{
    [Fact]
    public async Task Every_post_route_refuses_a_signed_in_user_without_a_token()
    {
        // The error page is re-executed with the failed request's method and changes nothing, so it needs no token.
        var routes = PostRoutes.All(app.Services).Where(r => r.Name != "Error/Show").ToList();
        // Duties are split (an administrator files and approves no requests), so each route is tried by every
        // writing role: none may get past without a token, and at least one must reach the token check itself.
        var users = new[] { "admin", "clerk", "approver", "accountant1" };
        var clients = await Task.WhenAll(users.Select(app.SignedIn));

        var answers = new List<string>();
        foreach (var route in routes)
        {
            var codes = new List<int>();
            foreach (var client in clients)
            {
                using var response = await client.Post(route.Url, [new("Name", "forged")]);
                codes.Add((int)response.StatusCode);
            }

            answers.Add($"{route} → {string.Join(",", codes)}");
        }

        Assert.Contains(routes, r => r.Name == "Account/SignIn");
        Assert.Contains(routes, r => r.Name == "Account/SignOut");
        Assert.Contains(routes, r => r.Name == "Culture/Set");
        Assert.Contains(routes, r => r.Name == "Review/Approve");
        Assert.All(answers, a =>
        {
            var codes = a[(a.LastIndexOf('→') + 2)..].Split(',');
            Assert.True(codes.All(c => c is "400" or "403") && codes.Contains("400"), a);
        });
    }

    [Fact]
    public async Task Signing_in_without_a_token_is_refused_and_sets_no_auth_cookie()
    {
        using var client = app.NewClient();
        await client.GetPage("/account/signin");

        using var response = await client.Post("/account/signin", [new("UserName", "admin"), new("Password", DemoUsers.Password)]);
        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("grants.auth", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    // The refusal is re-executed as POST /error/400 with the same form; a posted "Code" field must not change the status.
    [Fact]
    public async Task A_form_refused_for_a_missing_token_gets_the_400_page_even_with_a_code_field()
    {
        var admin = await app.SignedIn("admin");

        using var response = await admin.Post("/townships/create", [new("Code", "T99"), new("Name", "无令牌镇")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400", (await TestClient.Parse(response)).QuerySelector("[data-testid=error-page]")?.GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_token_issued_to_another_user_is_refused()
    {
        var clerk = await app.SignedIn("clerk");
        var admin = await app.SignedIn("admin");
        var id = await app.FirstCommunityId(DemoData.OwnTownship);
        var before = await app.CommunityName(id);

        using var response = await admin.Post($"/communities/edit/{id}", [
            new(TestClient.TokenField, await clerk.Token()), new("Name", "借来的令牌"), new("Category", "FarmingVillage"), new("Tier", "Lead"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.CommunityName(id));
    }
}

[Collection(OnSqlite.Name)]
public sealed class AntiforgeryOnSqlite(SqliteApp app) : AntiforgeryTests(app);

[Collection(OnPostgres.Name)]
public sealed class AntiforgeryOnPostgres(PostgresApp app) : AntiforgeryTests(app);
