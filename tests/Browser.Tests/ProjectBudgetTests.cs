using Microsoft.Playwright;

namespace Grants.Browser.Tests;

/// <summary>A township accountant keeps a project's budget and puts it on notice in a real browser.</summary>
public sealed class ProjectBudgetTests(GrantsApp app, Browser browser) : IClassFixture<GrantsApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task An_accountant_records_a_donation_and_starts_the_public_notice()
    {
        await using var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#UserName", "accountant1");
        await page.FillAsync("#Password", "Demo#2026");
        await page.Locator("form[action*='signin'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=main-nav]")).ToBeVisibleAsync();

        await page.GotoAsync("/projects?status=Planning");
        await page.Locator("[data-testid=projects] tbody tr[data-id] a").First.ClickAsync();
        var name = (await page.Locator("h1").InnerTextAsync()).Split(' ')[0];

        await page.Locator("[data-budget=Donation]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登记社会捐赠");
        await page.FillAsync("#Donor", "县商会");
        await page.FillAsync("#Amount", "12,345.60");
        await page.FillAsync("#ReceiptNumber", "JZ-BROWSER-0001");
        await Screenshots.SaveAsync(page, "donation-form-zh.png");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=flash]")).ToContainTextAsync("社会捐赠已登记");
        await Assertions.Expect(page.Locator("[data-testid=donations]")).ToContainTextAsync("县商会");
        await Assertions.Expect(page.Locator("[data-testid=donations]")).ToContainTextAsync("¥12,345.60");

        await page.Locator("[data-step=Notice]").ClickAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=flash]")).ToContainTextAsync("已开始公示");
        await Assertions.Expect(page.Locator("h1 [data-status]")).ToHaveTextAsync("公示");
        await Assertions.Expect(page.Locator("[data-step=Objection]")).ToBeVisibleAsync();
        Assert.StartsWith(name, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "project-on-notice-zh.png");
    }
}
