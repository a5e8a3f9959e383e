using System.Net;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.RequestsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Nothing paid twice, nothing overdrawn, nobody approving their own, nobody reaching another township's requests.</summary>
public abstract class RequestsSafetyTests(GrantsApp app)
{
    [Fact]
    public async Task Twenty_parallel_approvals_against_a_nearly_exhausted_source_never_overdraw_it()
    {
        // ¥55,000 of donations; twenty submitted requests of ¥10,000 each: at most five can be approved.
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("并发审核"), donations: 55_000m);
        var ids = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await app.SubmittedRequestAsync(projectId, 10_000m));
        }

        var clerk = await app.SignedIn("clerk");
        var tokenPage = await clerk.GetPage($"/review/approve/{ids[0]}");
        var token = tokenPage.QuerySelector($"input[name={TestClient.TokenField}]")!.GetAttribute("value")!;
        var responses = await Task.WhenAll(ids.Select(id =>
            clerk.Post($"/review/approve/{id}", [new(TestClient.TokenField, token)])));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"got {(int)r.StatusCode}"));
        var approved = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(5, approved);
        var project = await app.ProjectAsync(projectId);
        Assert.Equal(Money.FromYuan(50_000m), project.DisbursedDonations);
        Assert.True(project.DisbursedDonations <= project.Budget.Donations);
        var statuses = await app.InDb(db => db.Requests.Where(r => ids.Contains(r.Id)).Select(r => r.Status).ToListAsync());
        Assert.Equal(5, statuses.Count(s => s == RequestStatus.Approved));
        Assert.Equal(15, statuses.Count(s => s == RequestStatus.Submitted));
        await app.AssertBooksVerifyAsync();
    }

    [Fact]
    public async Task A_replayed_create_makes_one_request_and_a_replayed_approval_approves_once()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("重复提交"));
        var accountant = await app.SignedIn("accountant1");
        var page = await accountant.GetPage($"/requests/create?projectId={projectId}");
        var fields = Voucher();
        fields["Token"] = page.QuerySelector("input[name=Token]")!.GetAttribute("value")!;
        fields[TestClient.TokenField] = page.QuerySelector($"input[name={TestClient.TokenField}]")!.GetAttribute("value")!;

        var creates = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => accountant.Post($"/requests/create?projectId={projectId}", fields)));
        var again = await accountant.Post($"/requests/create?projectId={projectId}", fields);
        var ids = creates.Append(again).Select(r => IdFrom(r, "/requests/edit/")).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(1, await app.InDb(db => db.Requests.CountAsync(r => r.ProjectId == projectId)));

        var submitted = await app.SubmittedRequestAsync(projectId, 8_000m);
        var clerk = await app.SignedIn("clerk");
        var approvePage = await clerk.GetPage($"/review/approve/{submitted}");
        var token = approvePage.QuerySelector($"input[name={TestClient.TokenField}]")!.GetAttribute("value")!;
        using var first = await clerk.Post($"/review/approve/{submitted}", [new(TestClient.TokenField, token)]);
        using var replay = await clerk.Post($"/review/approve/{submitted}", [new(TestClient.TokenField, token)], "en");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("cannot become", (await TestClient.Parse(replay)).FormErrors(), StringComparison.Ordinal);
        var request = await app.RequestAsync(submitted);
        Assert.Single(request.History, h => h.Action == ReviewAction.Approved);
        Assert.Equal(Money.FromYuan(8_000m), (await app.ProjectAsync(projectId)).DisbursedDonations);
        await app.AssertBooksVerifyAsync();
    }

    [Fact]
    public async Task Nobody_approves_what_they_filed_or_both_levels_of_one_request()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("自审"));
        var own = await app.SubmittedRequestAsync(projectId, 1_000m, filedBy: "clerk");
        var large = await app.SubmittedRequestAsync(projectId, 120_000m);
        var clerk = await app.SignedIn("clerk");
        var accountant = await app.SignedIn("accountant1");

        using var self = await clerk.PostForm($"/review/approve/{own}", new Dictionary<string, string>(), "en");
        Assert.Contains("You cannot approve a request you filed", (await TestClient.Parse(self)).FormErrors(), StringComparison.Ordinal);
        using var byAccountant = await accountant.PostWithToken($"/review/approve/{large}", new Dictionary<string, string>(), "/requests");
        Assert.Equal(HttpStatusCode.Forbidden, byAccountant.StatusCode);

        await clerk.DoRequestAsync($"/review/approve/{large}", []);
        using var secondByClerk = await clerk.PostWithToken($"/review/approve/{large}", new Dictionary<string, string>(), "/requests");
        Assert.Equal(HttpStatusCode.Forbidden, secondByClerk.StatusCode);
        Assert.Equal(RequestStatus.FirstApproved, (await app.RequestAsync(large)).Status);
        Assert.Equal(RequestStatus.Submitted, (await app.RequestAsync(own)).Status);
    }

    [Fact]
    public async Task Two_clerks_approving_one_large_request_at_once_give_one_first_approval_and_never_the_second()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("两人初审"));
        var id = await app.SubmittedRequestAsync(projectId, 120_000m);
        var otherClerk = app.NewClient();
        await otherClerk.SignInAs(await app.CreateUserAsync("clerk2", "Clerk2#Password2026", Grants.Domain.Users.Role.FinanceClerk), "Clerk2#Password2026");
        var clerk = await app.SignedIn("clerk");

        var responses = await Task.WhenAll(
            clerk.PostForm($"/review/approve/{id}", new Dictionary<string, string>(), "en"),
            otherClerk.PostForm($"/review/approve/{id}", new Dictionary<string, string>(), "en"));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Redirect);
        Assert.True(loser.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"got {(int)loser.StatusCode}");
        var request = await app.RequestAsync(id);
        Assert.Equal(RequestStatus.FirstApproved, request.Status);
        Assert.Null(request.ApprovedBy);
        Assert.Equal(Money.Zero, (await app.ProjectAsync(projectId)).DisbursedDonations);
    }

    [Fact]
    public async Task The_same_invoice_twice_on_one_request_is_a_repeat_not_a_duplicate_claim()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("重复发票"));
        var accountant = await app.SignedIn("accountant1");
        var id = await accountant.DraftAsync(projectId, Voucher());
        var number = UniqueInvoiceNumber();
        IdFrom(await accountant.AddInvoiceAsync(id, number, ReceiptFileKit.UniquePdf()), "/requests/details/");

        using var again = await accountant.AddInvoiceAsync(id, number, ReceiptFileKit.UniquePdf(), language: "en");

        Assert.Contains("is already on this request", (await TestClient.Parse(again)).FieldError("InvoiceNumber"), StringComparison.Ordinal);
        var request = await app.RequestAsync(id);
        Assert.Single(request.Invoices);
        Assert.Equal(0, request.DuplicateInvoiceAttempts);
    }

    [Fact]
    public async Task Removing_a_file_of_another_townships_request_is_not_found_and_removes_nothing()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("越权删除"));
        var accountant1 = await app.SignedIn("accountant1");
        var id = await accountant1.DraftAsync(projectId, Voucher());
        IdFrom(await accountant1.AddInvoiceAsync(id, UniqueInvoiceNumber(), ReceiptFileKit.UniquePdf()), "/requests/details/");
        var invoiceId = (await app.RequestAsync(id)).Invoices[0].Id;

        using var response = await (await app.SignedIn("accountant2")).PostWithToken($"/requests/remove/{id}?invoiceId={invoiceId}", new Dictionary<string, string>(), "/requests");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await app.RequestAsync(id)).Invoices);
    }

    [Fact]
    public async Task An_invoice_claimed_in_one_township_is_refused_in_another_naming_the_first_request()
    {
        var number = UniqueInvoiceNumber();
        var first = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("发票甲"));
        var second = await app.PayableProjectAsync(DemoData.OtherTownship, ProjectsKit.UniqueName("发票乙"));
        var accountant1 = await app.SignedIn("accountant1");
        var accountant2 = await app.SignedIn("accountant2");
        var firstId = await accountant1.DraftAsync(first, Voucher());
        IdFrom(await accountant1.AddInvoiceAsync(firstId, number, ReceiptFileKit.UniquePdf()), "/requests/details/");
        var secondId = await accountant2.DraftAsync(second, Voucher());

        using var clash = await accountant2.AddInvoiceAsync(secondId, number, ReceiptFileKit.UniquePdf(), language: "en");

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains($"has already been claimed on request #{firstId}", (await TestClient.Parse(clash)).FieldError("InvoiceNumber"), StringComparison.Ordinal);
        var refused = await app.RequestAsync(secondId);
        Assert.Empty(refused.Invoices);
        Assert.Equal(1, refused.DuplicateInvoiceAttempts);
        Assert.Equal(1, await app.InDb(db => db.Invoices.CountAsync(i => i.Number == number)));
    }

    [Fact]
    public async Task Another_townships_accountant_reaches_neither_the_request_nor_its_files_by_url()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("越权查看"));
        var accountant1 = await app.SignedIn("accountant1");
        var id = await accountant1.DraftAsync(projectId, Voucher());
        IdFrom(await accountant1.AddInvoiceAsync(id, UniqueInvoiceNumber(), ReceiptFileKit.UniquePdf()), "/requests/details/");
        var invoiceId = (await app.RequestAsync(id)).Invoices[0].Id;
        var accountant2 = await app.SignedIn("accountant2");

        foreach (var url in new[] { $"/requests/details/{id}", $"/requests/edit/{id}", $"/requests/file/{id}?invoiceId={invoiceId}", $"/requests/invoice/{id}" })
        {
            using var response = await accountant2.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        using var post = await accountant2.PostWithToken($"/requests/edit/{id}", new Dictionary<string, string> { ["Intent"] = "submit", ["Amount"] = "1" }, "/requests");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var list = await accountant2.GetPage("/requests");
        Assert.Null(list.QuerySelector($"[data-testid=requests] tr[data-id='{id}']"));
        using var own = await accountant1.GetAsync($"/requests/file/{id}?invoiceId={invoiceId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition?.DispositionType);
    }
}

[Collection(OnSqlite.Name)]
public sealed class RequestsSafetyOnSqlite(SqliteApp app) : RequestsSafetyTests(app);

[Collection(OnPostgres.Name)]
public sealed class RequestsSafetyOnPostgres(PostgresApp app) : RequestsSafetyTests(app);
