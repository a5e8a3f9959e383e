using System.Net;
using Grants.Infrastructure.Identity;
using Grants.Web.Security;
using Grants.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>Edges a review found: the scope's source, huge page numbers, what sign-in reveals about disabled accounts.</summary>
public abstract class ReviewedEdgesTests(GrantsApp app)
{
    [Fact]
    public async Task The_web_app_takes_the_township_scope_from_the_signed_in_user() =>
        Assert.IsType<HttpCurrentUser>(await app.InScope(sp => Task.FromResult(sp.GetRequiredService<ICurrentUser>())));

    [Fact]
    public async Task A_page_number_far_past_the_end_shows_the_last_page()
    {
        var client = await app.SignedIn("admin");
        var communities = await app.InDb(db => Task.FromResult(db.Communities.Count()));
        var last = (communities + 24) / 25;

        using var response = await client.GetAsync("/communities?page=100000000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pager = (await TestClient.Parse(response)).Text("[data-testid=pager]");
        Assert.Contains($"{last} / {last}", pager, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "用户名或密码不正确", "停用")]
    [InlineData("en", "incorrect", "disabled")]
    public async Task A_disabled_account_is_named_only_to_someone_who_knows_its_password(string language, string failed, string disabled)
    {
        const string password = "Right-Password-2026!";
        var user = await app.CreateUserAsync("disabled", password);
        await app.InScope(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByNameAsync(user);
            account!.IsDisabled = true;
            return await users.UpdateAsync(account);
        });
        using var client = app.NewClient(language);

        using var wrong = await client.TrySignIn(user, "Not-The-Password-1");
        using var right = await client.TrySignIn(user, password);

        Assert.Contains(failed, (await TestClient.Parse(wrong)).FormErrors(), StringComparison.Ordinal);
        Assert.Contains(disabled, (await TestClient.Parse(right)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReviewedEdgesOnSqlite(SqliteApp app) : ReviewedEdgesTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReviewedEdgesOnPostgres(PostgresApp app) : ReviewedEdgesTests(app);
