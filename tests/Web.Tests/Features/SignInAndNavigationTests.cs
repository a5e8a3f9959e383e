using System.Net;
using Grants.Infrastructure.Seeding;
using Grants.Web.Tests.Infrastructure;

namespace Grants.Web.Tests.Features;

public abstract class SignInAndNavigationTests(GrantsApp app)
{
    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("clerk", false, true)]
    [InlineData("approver", false, false)]
    [InlineData("assessor", false, false)]
    [InlineData("auditor", false, false)]
    [InlineData("accountant1", false, false)]
    [InlineData("accountant2", false, false)]
    public async Task Every_demo_user_signs_in_and_sees_the_menu_of_their_role(string user, bool seesUsers, bool seesJobs)
    {
        var client = await app.SignedIn(user);

        var menu = (await client.GetPage("/")).NavItems();

        Assert.Contains("Nav.Home", menu);
        Assert.Contains("Nav.Organisation", menu);
        Assert.Equal(seesUsers, menu.Contains("Nav.Users"));
        Assert.Equal(seesJobs, menu.Contains("Nav.Jobs"));
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("clerk", HttpStatusCode.OK)]
    [InlineData("approver", HttpStatusCode.Forbidden)]
    [InlineData("assessor", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.Forbidden)]
    [InlineData("accountant1", HttpStatusCode.Forbidden)]
    public async Task The_jobs_dashboard_opens_for_admin_and_clerk_only(string user, HttpStatusCode expected)
    {
        var client = await app.SignedIn(user);

        using var response = await client.GetAsync("/jobs");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/jobs")]
    [InlineData("/")]
    [InlineData("/communities")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_local_page_asked_for_but_never_to_another_site()
    {
        using var client = app.NewClient();
        var fields = new Dictionary<string, string> { ["UserName"] = "clerk", ["Password"] = DemoUsers.Password };

        using var local = await client.PostForm("/account/signin?returnUrl=%2Fcommunities", fields);
        using var signedOut = await client.PostForm("/", "form[action$='/account/signout']", new Dictionary<string, string>());
        using var foreign = await client.PostForm("/account/signin?returnUrl=https%3A%2F%2Fevil.example%2F", fields);

        Assert.Equal("/communities", local.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/", foreign.Headers.Location?.OriginalString);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SignInAndNavigationOnSqlite(SqliteApp app) : SignInAndNavigationTests(app);

[Collection(OnPostgres.Name)]
public sealed class SignInAndNavigationOnPostgres(PostgresApp app) : SignInAndNavigationTests(app);
