using System.Net;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.RequestsKit;

namespace Grants.Web.Tests.Features;

/// <summary>One request's whole life through the pages, with the books checked after every step that moves money.</summary>
public abstract class RequestsRoundTripTests(GrantsApp app)
{
    [Fact]
    public async Task File_return_resubmit_approve_confirm_and_pay_move_the_money_once_and_the_books_balance_after_each_step()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("报账往返"));
        var accountant = await app.SignedIn("accountant1");
        var clerk = await app.SignedIn("clerk");
        var approver = await app.SignedIn("approver");

        var id = await accountant.DraftAsync(projectId, Voucher(amount: "120000"));
        using (var added = await accountant.AddInvoiceAsync(id, UniqueInvoiceNumber(), ReceiptFileKit.UniquePdf(), amount: "120000"))
        {
            IdFrom(added, "/requests/details/");
        }

        await accountant.DoRequestAsync($"/requests/edit/{id}", new() { ["Intent"] = "submit" });
        Assert.Equal(RequestStatus.Submitted, (await app.RequestAsync(id)).Status);

        await clerk.DoRequestAsync($"/review/return/{id}", new() { ["Reason"] = "请补充施工合同" });
        var returned = await app.RequestAsync(id);
        Assert.Equal((RequestStatus.Returned, 2), (returned.Status, returned.Round));
        Assert.Contains("请补充施工合同", (await accountant.GetPage($"/requests/edit/{id}")).Text("[data-testid=return-reason]"), StringComparison.Ordinal);

        using (var contract = await accountant.PostUpload($"/requests/evidence/{id}", "main form", new Dictionary<string, string> { ["Kind"] = "Contract" },
            "File", "施工合同.pdf", ReceiptFileKit.UniquePdf(), "application/pdf"))
        {
            IdFrom(contract, "/requests/details/");
        }

        await accountant.DoRequestAsync($"/requests/edit/{id}", new() { ["Intent"] = "submit" });
        await clerk.DoRequestAsync($"/review/approve/{id}", []);
        var first = await app.RequestAsync(id);
        Assert.Equal((RequestStatus.FirstApproved, "clerk"), (first.Status, first.FirstApprovedBy));
        Assert.Equal(Money.Zero, await app.BalanceAsync(LedgerAccount.RequestPayable(id).Code));
        await app.AssertBooksVerifyAsync();

        await approver.DoRequestAsync($"/review/approve/{id}", []);
        Assert.Equal(RequestStatus.Approved, (await app.RequestAsync(id)).Status);
        Assert.Equal(Money.FromYuan(120_000m), await app.BalanceAsync(LedgerAccount.RequestPayable(id).Code));
        Assert.Equal(Money.FromYuan(100_000m), await app.BalanceAsync(LedgerAccount.ProjectFunds(projectId).Code));
        await app.AssertBooksVerifyAsync();

        // Paid "today" in China, the day the approval was dated: after 16:00 UTC that is already tomorrow in UTC terms.
        var today = Grants.Infrastructure.ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await clerk.DoRequestAsync($"/review/pay/{id}", new() { ["PaidOn"] = today, ["BankReference"] = "95588-20261129-001" });
        var paid = await app.RequestAsync(id);
        Assert.Equal(RequestStatus.Paid, paid.Status);
        Assert.Equal(Money.Zero, await app.BalanceAsync(LedgerAccount.RequestPayable(id).Code));
        Assert.Equal(Money.FromYuan(120_000m), await app.BalanceAsync(LedgerAccount.RequestPaid(id).Code));
        await app.AssertBooksVerifyAsync();

        Assert.Equal(
            [ReviewAction.Submitted, ReviewAction.Returned, ReviewAction.Submitted, ReviewAction.FirstApproved, ReviewAction.Approved, ReviewAction.Paid],
            paid.History.OrderBy(h => h.Id).Select(h => h.Action));
        Assert.Equal([1, 1, 2, 2, 2, 2], paid.History.OrderBy(h => h.Id).Select(h => h.Round));
        var page = await accountant.GetPage($"/requests/details/{id}");
        Assert.Equal("Paid", page.QuerySelector("h1 [data-status]")!.GetAttribute("data-status"));
        Assert.Contains("95588-20261129-001", page.Text("[data-testid=paid]"), StringComparison.Ordinal);
        var projectPage = await accountant.GetPage($"/projects/details/{projectId}");
        var donations = projectPage.QuerySelector("[data-testid=budget-vs-actual] tr[data-source=Donations]")!;
        Assert.Equal(Money.FromYuan(120_000m), donations.Figure("paid"));
        Assert.Equal(Money.FromYuan(30_000m), donations.Figure("remaining"));
        Assert.NotNull(projectPage.QuerySelector($"[data-testid=project-requests] tr[data-id='{id}']"));
    }

    [Fact]
    public async Task A_submission_with_gaps_lists_every_problem_under_its_field_and_stays_a_draft()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("报账缺项"));
        var accountant = await app.SignedIn("accountant1");
        var id = await accountant.DraftAsync(projectId, new Dictionary<string, string> { ["Amount"] = "3000", ["Method"] = "Cash" });

        using var response = await accountant.PostForm($"/requests/edit/{id}", new Dictionary<string, string> { ["Intent"] = "submit" }, "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Contains("Source of the money is required", page.FieldError("Source"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Payee", page.FieldError("PayeeName"), StringComparison.Ordinal);
        Assert.Contains("above the cash limit of ¥2,000.00", page.FieldError("Method"), StringComparison.Ordinal);
        Assert.Contains("Upload the evidence", page.FieldError("Evidence"), StringComparison.Ordinal);
        Assert.NotEmpty(page.FieldError("Purpose"));
        Assert.NotEmpty(page.FieldError("Witness"));
        Assert.Equal(RequestStatus.Draft, (await app.RequestAsync(id)).Status);
    }
}

[Collection(OnSqlite.Name)]
public sealed class RequestsRoundTripOnSqlite(SqliteApp app) : RequestsRoundTripTests(app);

[Collection(OnPostgres.Name)]
public sealed class RequestsRoundTripOnPostgres(PostgresApp app) : RequestsRoundTripTests(app);
