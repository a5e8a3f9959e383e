using Microsoft.Playwright;

namespace Grants.Browser.Tests;

public sealed class LanguageSwitchTests(GrantsApp app, Browser browser) : IClassFixture<GrantsApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task A_clerk_signs_in_in_Chinese_and_switches_to_English_and_back()
    {
        // A county office browser asks for Chinese; headless Chromium would otherwise send Accept-Language: en-US.
        await using var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/signin");
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("登录", await page.Locator("h1").InnerTextAsync());

        await page.FillAsync("#UserName", "clerk");
        await page.FillAsync("#Password", "Demo#2026");
        await page.Locator("form[action*='signin'] button[type=submit]").ClickAsync();
        var nav = page.Locator("[data-testid=main-nav]");
        await Assertions.Expect(nav).ToBeVisibleAsync();
        Assert.Contains("总览", await nav.InnerTextAsync());
        Assert.Contains("工作总览", await page.Locator("h1").InnerTextAsync());
        await Screenshots.SaveAsync(page, "overview-zh.png");

        await page.Locator("[data-testid=culture-switcher] button[value=en]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Contains("Overview", await nav.InnerTextAsync());
        Assert.Contains("Sign out", await page.Locator("header").InnerTextAsync());
        Assert.DoesNotContain("退出", await page.Locator("header").InnerTextAsync());
        await Screenshots.SaveAsync(page, "overview-en.png");

        await page.Locator("[data-testid=culture-switcher] button[value=zh-CN]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        Assert.Contains("退出", await page.Locator("header").InnerTextAsync());
        Assert.Contains("总览", await nav.InnerTextAsync());
    }
}
