using System.Net;
using Grants.Web.Tests.Infrastructure;

namespace Grants.Web.Tests.Features;

/// <summary>Chinese unless the browser asks for English, and the switcher's choice beats the browser.</summary>
public abstract class LanguageTests(GrantsApp app)
{
    [Theory]
    [InlineData("en", "Sign in", "en")]
    [InlineData("en-GB,en;q=0.9", "Sign in", "en")]
    [InlineData("zh-CN", "登录", "zh-CN")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "登录", "zh-CN")]
    [InlineData(null, "登录", "zh-CN")]
    [InlineData("fr", "登录", "zh-CN")]
    public async Task The_sign_in_page_speaks_the_browsers_language_or_chinese(string? acceptLanguage, string heading, string lang)
    {
        using var client = app.NewClient(acceptLanguage);

        var page = await client.GetPage("/account/signin");

        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_language_chosen_in_the_switcher_wins_over_the_browser()
    {
        using var client = app.NewClient("zh-CN");

        using var chosen = await client.PostForm("/account/signin", "[data-testid=culture-switcher]", new Dictionary<string, string> { ["culture"] = "en" });
        var page = await client.GetPage("/account/signin");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/account/signin", chosen.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal("Sign in", page.Text("h1"));
    }

    [Fact]
    public async Task The_switcher_never_redirects_to_another_site()
    {
        using var client = app.NewClient();

        using var chosen = await client.PostForm("/account/signin", "[data-testid=culture-switcher]", new Dictionary<string, string>
        {
            ["culture"] = "en", ["returnUrl"] = "https://evil.example/",
        });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/", chosen.Headers.Location?.PathAndQueryOrOriginal());
    }
}

[Collection(OnSqlite.Name)]
public sealed class LanguageOnSqlite(SqliteApp app) : LanguageTests(app);

[Collection(OnPostgres.Name)]
public sealed class LanguageOnPostgres(PostgresApp app) : LanguageTests(app);
