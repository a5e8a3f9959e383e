using System.Net;
using Grants.Infrastructure.Identity;
using Grants.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

public abstract class LockoutTests(GrantsApp app)
{
    private const string Password = "Lockout-Test-2026!";

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_with_the_lockout_message()
    {
        var user = await app.CreateUserAsync("lockout", Password);
        using var client = app.NewClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.TrySignIn(user, "Wrong-Password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var chinese = await client.TrySignIn(user, Password, "zh-CN");
        using var english = await client.TrySignIn(user, Password, "en");

        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        Assert.Contains("锁定", (await TestClient.Parse(chinese)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("locked", (await TestClient.Parse(english)).FormErrors(), StringComparison.Ordinal);
        Assert.True(await app.InScope(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsLockedOutAsync((await users.FindByNameAsync(user))!);
        }));
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_and_a_right_one_resets_the_count()
    {
        var user = await app.CreateUserAsync("nolock", Password);
        using var client = app.NewClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.TrySignIn(user, "Wrong-Password-" + attempt);
        }

        await client.SignInAs(user, Password);

        Assert.Equal(0, await app.InScope(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.GetAccessFailedCountAsync((await users.FindByNameAsync(user))!);
        }));
    }
}

[Collection(OnSqlite.Name)]
public sealed class LockoutOnSqlite(SqliteApp app) : LockoutTests(app);

[Collection(OnPostgres.Name)]
public sealed class LockoutOnPostgres(PostgresApp app) : LockoutTests(app);
