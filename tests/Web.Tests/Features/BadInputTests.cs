using System.Net;
using Grants.Web.Tests.Infrastructure;

namespace Grants.Web.Tests.Features;

/// <summary>Wrong or malformed input gets a clear message in the user's language and changes nothing.</summary>
public abstract class BadInputTests(GrantsApp app)
{
    [Theory]
    [InlineData("zh-CN", "用户名或密码不正确")]
    [InlineData("en", "incorrect")]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_message(string language, string expected)
    {
        var user = await app.CreateUserAsync("wrongpw", "Right-Password-2026!");
        using var client = app.NewClient(language);

        using var wrongPassword = await client.TrySignIn(user, "Not-The-Password-1");
        using var unknownUser = await client.TrySignIn("nobody-" + Guid.NewGuid().ToString("N")[..8], "Not-The-Password-1");

        var first = (await TestClient.Parse(wrongPassword)).FormErrors();
        var second = (await TestClient.Parse(unknownUser)).FormErrors();
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains(expected, first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("zh-CN", "请填写")]
    [InlineData("en", "is required")]
    public async Task Signing_in_with_empty_fields_asks_for_each_of_them(string language, string expected)
    {
        using var client = app.NewClient(language);

        using var response = await client.TrySignIn("", "");

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError("UserName"), StringComparison.Ordinal);
        Assert.Contains(page.Label("UserName"), page.FieldError("UserName"), StringComparison.Ordinal);
        Assert.Contains(expected, page.FieldError("Password"), StringComparison.Ordinal);
        Assert.Contains(page.Label("Password"), page.FieldError("Password"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "最多 64")]
    [InlineData("en", "at most 64")]
    public async Task An_oversized_user_name_gets_a_length_message(string language, string expected)
    {
        using var client = app.NewClient(language);

        using var response = await client.TrySignIn(new string('a', 65), "whatever-password");

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError("UserName"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/communities/details/abc", "zh-CN", "不存在")]
    [InlineData("/communities/details/abc", "en", "not found")]
    [InlineData("/townships/details/99999999999", "zh-CN", "不存在")]
    [InlineData("/townships/details/99999999999", "en", "not found")]
    [InlineData("/townships/details/-1", "en", "not found")]
    [InlineData("/communities/details/999999", "zh-CN", "不存在")]
    [InlineData("/communities/edit/abc", "zh-CN", "不存在")]
    [InlineData("/no-such-page", "en", "not found")]
    public async Task A_malformed_or_unknown_address_gets_the_localized_not_found_page_without_internals(string url, string language, string expected)
    {
        var admin = await app.SignedIn("admin");

        using var response = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), language);

        var body = await response.Content.ReadAsStringAsync();
        var page = await TestClient.Parse(body);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404", page.QuerySelector("[data-testid=error-page]")?.GetAttribute("data-status"));
        Assert.Contains(expected, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Grants.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Saving_a_community_with_an_empty_name_names_the_field_and_changes_nothing(string language)
    {
        var id = await app.FirstCommunityId(DemoData.OwnTownship);
        var before = await app.CommunityName(id);
        var admin = await app.SignedIn("admin");
        var label = (await admin.GetPage($"/communities/edit/{id}", language)).Label("Name");

        using var response = await admin.PostForm($"/communities/edit/{id}", new Dictionary<string, string> { ["Name"] = "  " }, language);

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(label, page.FieldError("Name"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CommunityName(id));
    }

    [Fact]
    public async Task Saving_a_community_with_an_unknown_category_is_refused_and_changes_nothing()
    {
        var id = await app.FirstCommunityId(DemoData.OwnTownship);
        var before = await app.CommunityName(id);
        var admin = await app.SignedIn("admin");

        using var response = await admin.PostForm($"/communities/edit/{id}", new Dictionary<string, string>
        {
            ["Name"] = before + "改", ["Category"] = "99",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await TestClient.Parse(response)).FieldError("Category"));
        Assert.Equal(before, await app.CommunityName(id));
    }
}

[Collection(OnSqlite.Name)]
public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app);

[Collection(OnPostgres.Name)]
public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app);
