using System.Net;
using Grants.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Grants.Web.Tests.Features;

public abstract class SecurityHeaderTests(GrantsApp app)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/communities", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Pages_forbid_sniffing_framing_and_foreign_scripts(string url, HttpStatusCode status)
    {
        var client = await app.SignedIn("clerk");

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_forbids_sniffing_and_foreign_scripts_too()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/account/signin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("default-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auth_cookie_is_http_only_same_site_strict_and_expires_within_ten_hours()
    {
        using var client = app.NewClient();

        using var response = await client.TrySignIn("approver");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = SetCookies(response).Single(c => c.Name == "grants.auth");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, cookie.SameSite);
        Assert.True(cookie.Expires is null || cookie.Expires <= DateTimeOffset.UtcNow.AddHours(10), $"cookie expires {cookie.Expires}");

        // A session cookie can outlive the working day in a browser left open: the ticket inside must expire too.
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = options.TicketDataFormat.Unprotect(cookie.Value.ToString());
        Assert.NotNull(ticket?.Properties.ExpiresUtc);
        Assert.InRange(ticket!.Properties.ExpiresUtc!.Value, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(10));
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/account/signin");

        var cookie = SetCookies(response).Single(c => c.Name == "grants.csrf");
        Assert.True(cookie.HttpOnly);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values)
        : throw new Xunit.Sdk.XunitException($"no {name} header");

    private static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        SetCookieHeaderValue.ParseList(response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : []);
}

[Collection(OnSqlite.Name)]
public sealed class SecurityHeaderOnSqlite(SqliteApp app) : SecurityHeaderTests(app);

[Collection(OnPostgres.Name)]
public sealed class SecurityHeaderOnPostgres(PostgresApp app) : SecurityHeaderTests(app);
