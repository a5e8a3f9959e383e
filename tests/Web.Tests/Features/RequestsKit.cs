using System.Globalization;
using System.Net;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Steps the request tests share: a project that can pay, requests written through the pages or the domain, the books checked.</summary>
internal static class RequestsKit
{
    public static readonly DateTimeOffset At = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A project of the township with ¥150,000 of donations and ¥70,000 of residents' cash (posted), through its notice
    /// and approval, works completed: it may pay up to 80% of ¥220,000 = ¥176,000 before acceptance.
    /// </summary>
    public static Task<int> PayableProjectAsync(this GrantsApp app, string townshipCode, string name, decimal donations = 150_000m) =>
        app.NewProjectInAsync(townshipCode, name, p =>
        {
            p.ReceiveDonation("县商会", Money.FromYuan(donations), new DateOnly(2026, 1, 4), $"JZR-{Guid.NewGuid():N}"[..20]);
            p.PledgeSelfFunding(Money.FromYuan(70_000m));
            p.StartPublicNotice(new DateOnly(2026, 1, 5), 10);
            p.Approve(new DateOnly(2026, 2, 1), "approver", CoFinancingRules.Default);
            p.Start(new DateOnly(2026, 2, 10));
            p.CompleteWorks(new DateOnly(2026, 5, 20));
        });

    public static Dictionary<string, string> Voucher(string amount = "12000", string source = "Donations", string method = "BankTransfer") => new()
    {
        ["Amount"] = amount, ["Source"] = source, ["Method"] = method, ["PayeeName"] = "城关镇宏达建筑队", ["PayeeBank"] = "农业银行城关支行",
        ["PayeeAccount"] = "6228 4800 1234 5678", ["Purpose"] = "广场硬化工程进度款", ["Handler"] = "王会计", ["Witness"] = "李主任",
    };

    /// <summary>Writes a draft through the new-request page and returns its id (from the redirect to its edit page).</summary>
    public static async Task<int> DraftAsync(this TestClient accountant, int projectId, Dictionary<string, string> voucher)
    {
        using var response = await accountant.PostForm($"/requests/create?projectId={projectId}", voucher);
        return IdFrom(response, "/requests/edit/");
    }

    public static Task<HttpResponseMessage> AddInvoiceAsync(this TestClient accountant, int requestId, string number, byte[] file,
        string fileName = "发票.pdf", string contentType = "application/pdf", string amount = "12000", string? language = null) =>
        accountant.PostUpload($"/requests/invoice/{requestId}", "main form", new Dictionary<string, string>
        {
            ["InvoiceCode"] = "4200261130", ["InvoiceNumber"] = number, ["InvoiceAmount"] = amount, ["IssuedOn"] = "2026-05-25", ["Issuer"] = "城关镇宏达建筑队",
        }, "File", fileName, file, contentType, language);

    /// <summary>Posts a request form and insists it succeeded: a redirect back to the request's page.</summary>
    public static async Task DoRequestAsync(this TestClient client, string url, Dictionary<string, string> fields)
    {
        using var response = await client.PostForm(url, fields);
        var errors = response.StatusCode == HttpStatusCode.Redirect ? "" : (await TestClient.Parse(response)).FormErrors();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: expected a redirect, got {(int)response.StatusCode} {errors}");
        Assert.Matches(@"^/requests/details/\d+$", response.Headers.Location!.OriginalString);
    }

    public static string UniqueInvoiceNumber() => Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public static int IdFrom(HttpResponseMessage response, string prefix)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect to {prefix}, got {(int)response.StatusCode} {location}");
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return int.Parse(location[prefix.Length..], CultureInfo.InvariantCulture);
    }

    public static Task<DisbursementRequest> RequestAsync(this GrantsApp app, int id) => app.InDb(db => db.Requests.IgnoreQueryFilters()
        .Include(r => r.Invoices).Include(r => r.Evidence).Include(r => r.History).AsSplitQuery().AsNoTracking().SingleAsync(r => r.Id == id));

    public static async Task AssertBooksVerifyAsync(this GrantsApp app)
    {
        await app.AssertJournalBalancesAsync();
        var verification = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());
        Assert.True(verification.IsOk, verification.Discrepancy is { } d ? VerifyCommand.Describe(d) : "");
    }

    /// <summary>
    /// A submitted request made through the domain (for tests about the review, not the writing): the invoice's file
    /// row is recorded as the page would, under a hash no other test uses.
    /// </summary>
    public static Task<int> SubmittedRequestAsync(this GrantsApp app, int projectId, decimal yuan, string filedBy = "accountant1") => app.InDb(async db =>
    {
        var project = await db.Projects.IgnoreQueryFilters().Include(p => p.Donations).SingleAsync(p => p.Id == projectId);
        var sha = ReceiptFileKit.Sha256(ReceiptFileKit.UniquePdf());
        await db.RecordAsync(new StoredBlob(sha, 100, FileKinds.Pdf), At, filedBy, default);
        var request = new DisbursementRequest(project, filedBy, At, Guid.NewGuid());
        request.Edit(new RequestDetails(Money.FromYuan(yuan), CashSource.Donations, "宏达建筑队", "农业银行", "62284800", "进度款", "王会计", "李主任", PaymentMethod.BankTransfer));
        request.AddInvoice("4200261130", UniqueInvoiceNumber(), Money.FromYuan(yuan), new DateOnly(2026, 5, 25), "宏达建筑队", sha, "发票.pdf");
        request.Submit(project, filedBy, At, DisbursementRules.Default, TranchePlan.Default, CoFinancingRules.Default);
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    });
}
