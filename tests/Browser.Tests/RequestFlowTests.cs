using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Grants.Browser.Tests;

/// <summary>报账 in a real browser: the township accountant files a request with an invoice, the clerk approves and pays it.</summary>
public sealed class RequestFlowTests(GrantsApp app, Browser browser) : IClassFixture<GrantsApp>, IClassFixture<Browser>
{
    private const string Amount = "1,000.00";

    [Fact]
    public async Task An_accountant_files_a_request_with_an_invoice_the_clerk_approves_and_pays_it_and_the_accountant_sees_it_paid()
    {
        await using var accountantContext = await NewContextAsync();
        var accountant = await SignInAsync(accountantContext, "accountant1");
        var (id, source) = await DraftWithRoomAsync(accountant);

        // The invoice, as a scan chosen in the file dialog; its bytes (and number) are this run's own.
        var number = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        await accountant.GotoAsync($"/requests/edit/{id}");
        await accountant.Locator("[data-testid=add-invoice]").ClickAsync();
        await Assertions.Expect(accountant.Locator("h1")).ToHaveTextAsync("添加发票");
        await accountant.FillAsync("#InvoiceNumber", number);
        await accountant.FillAsync("#InvoiceAmount", Amount);
        await accountant.FillAsync("#IssuedOn", "2026-11-20");
        await accountant.FillAsync("#Issuer", "城关镇宏达建筑队");
        await accountant.Locator("#File").SetInputFilesAsync(new FilePayload
        {
            Name = "发票.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await accountant.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(accountant.Locator("[data-testid=flash]")).ToContainTextAsync("附件已添加");
        await Assertions.Expect(accountant.Locator($"[data-testid=invoices] tr[data-invoice='{number}']")).ToContainTextAsync("发票.pdf");

        await accountant.GotoAsync($"/requests/edit/{id}");
        await Assertions.Expect(accountant.Locator("[data-testid=open-problems]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(accountant, "request-edit-with-evidence-zh.png");
        await accountant.Locator("[data-testid=submit-request]").ClickAsync();
        await Assertions.Expect(accountant.Locator("[data-testid=flash]")).ToContainTextAsync("已提交审核");
        await Assertions.Expect(accountant.Locator("h1 [data-status]")).ToHaveAttributeAsync("data-status", "Submitted");

        await using (var clerkContext = await NewContextAsync())
        {
            var clerk = await SignInAsync(clerkContext, "clerk");
            await clerk.GotoAsync("/reviewqueue?pageSize=100");
            await Screenshots.SaveAsync(clerk, "review-queue-zh.png");
            await clerk.Locator($"main a[href='/requests/details/{id}']").First.ClickAsync();
            await clerk.Locator("[data-testid=request-actions] [data-action=Approve]").ClickAsync();
            await clerk.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(clerk.Locator("[data-testid=flash]")).ToContainTextAsync("已审核");
            await Assertions.Expect(clerk.Locator("h1 [data-status]")).ToHaveAttributeAsync("data-status", "Approved");

            await clerk.GotoAsync($"/review/pay/{id}");
            await clerk.FillAsync("#BankReference", $"95588-{number}");
            await clerk.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(clerk.Locator("[data-testid=flash]")).ToContainTextAsync("已登记支付");
        }

        await accountant.GotoAsync($"/requests/details/{id}");
        await Assertions.Expect(accountant.Locator("h1 [data-status]")).ToHaveAttributeAsync("data-status", "Paid");
        await Assertions.Expect(accountant.Locator("h1 [data-status]")).ToHaveTextAsync("已支付");
        await Assertions.Expect(accountant.Locator("[data-testid=paid]")).ToContainTextAsync($"95588-{number}");
        await Assertions.Expect(accountant.Locator("[data-figure=amount]")).ToHaveTextAsync("¥1,000.00");
        await Assertions.Expect(accountant.Locator($"[data-testid=sources] tr[data-source={source}]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("table-active"));
        await Assertions.Expect(accountant.Locator("[data-testid=history] tr[data-action=Paid]")).ToContainTextAsync("clerk");
        await Screenshots.SaveAsync(accountant, "request-paid-zh.png");
    }

    /// <summary>
    /// A draft of ¥1,000.00 for a demo project in progress, from a source that can still pay it: the request page's
    /// sources table says what is left in each, and the demo has already spent some projects' money.
    /// </summary>
    private static async Task<(int Id, string Source)> DraftWithRoomAsync(IPage page)
    {
        await page.GotoAsync("/projects?status=InProgress");
        var projects = await page.Locator("[data-testid=projects] tbody tr[data-id] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var seen = new List<string>();
        foreach (var project in projects)
        {
            await page.GotoAsync(project);
            await page.Locator("[data-step=Request]").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("填写报账单");
            await page.FillAsync("#Amount", Amount);
            await page.SelectOptionAsync("#Source", "Donations");
            await page.SelectOptionAsync("#Method", "BankTransfer");
            await page.FillAsync("#PayeeName", "城关镇宏达建筑队");
            await page.FillAsync("#PayeeBank", "农业银行城关支行");
            await page.FillAsync("#PayeeAccount", "6228 4800 1234 5678");
            await page.FillAsync("#Purpose", "广场硬化工程进度款");
            await page.FillAsync("#Handler", "王会计");
            await page.FillAsync("#Witness", "李主任");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=flash]")).ToContainTextAsync("已保存");
            var id = int.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);

            await page.GotoAsync($"/requests/details/{id}");
            var capLeft = await FigureAsync(page, "[data-testid=tranche-cap] [data-figure=remaining]");
            seen.Add($"{project}: tranche cap leaves {capLeft}");
            foreach (var source in new[] { "Donations", "IntegratedFunds" })
            {
                if (capLeft >= 1_000m && await FigureAsync(page, $"[data-testid=sources] tr[data-source={source}] [data-figure=remaining]") >= 1_000m)
                {
                    if (source != "Donations")
                    {
                        await page.GotoAsync($"/requests/edit/{id}");
                        await page.SelectOptionAsync("#Source", source);
                        await page.Locator("main form button[name=Intent][value=save]").ClickAsync();
                        await Assertions.Expect(page.Locator("[data-testid=flash]")).ToContainTextAsync("已保存");
                    }

                    return (id, source);
                }
            }
        }

        throw new InvalidOperationException(
            $"No demo project of T01 in progress has ¥1,000 left to pay from donations or integrated funds: {string.Join("; ", seen)}");
    }

    private static async Task<decimal> FigureAsync(IPage page, string selector) =>
        decimal.Parse((await page.Locator(selector).InnerTextAsync()).Trim().Replace("¥", "", StringComparison.Ordinal),
            NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private Task<IBrowserContext> NewContextAsync() => browser.Chromium.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = app.BaseAddress.ToString(),
        Locale = "zh-CN",
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", "Demo#2026");
        await page.Locator("form[action*='signin'] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=main-nav]")).ToBeVisibleAsync();
        return page;
    }
}
