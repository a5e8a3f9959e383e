using System.Net;
using AngleSharp.Dom;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure.Storage;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// The review queue (审核队列) lists what waits for each reviewer, flags duplicate-invoice attempts, amounts near the
/// source's limit and requests without an invoice, and filters, sorts and pages in the database. Each test makes its
/// own requests under a payee prefix of its own and searches for it, so the shared database's other rows do not count.
/// </summary>
public abstract class ReviewQueueTests(GrantsApp app)
{
    [Fact]
    public async Task The_clerks_queue_lists_the_submitted_requests_oldest_first_each_with_its_own_flags()
    {
        var q = await QueueAsync();

        var page = await (await app.SignedIn("clerk")).GetPage($"/reviewqueue?q={q.Payee}", "en");

        Assert.Equal([q.NearLimit, q.NoInvoice, q.Duplicate, q.Plain, q.OtherTownship], Ids(page));
        Assert.Equal(["DuplicateInvoice"], Flags(page, q.Duplicate));
        Assert.Equal(["NearLimit"], Flags(page, q.NearLimit));
        Assert.Equal(["MissingInvoice"], Flags(page, q.NoInvoice));
        Assert.Empty(Flags(page, q.Plain));
        var plain = Row(page, q.Plain);
        Assert.Equal($"/requests/details/{q.Plain}", plain.QuerySelector("a[data-testid=request-link]")!.GetAttribute("href"));
        Assert.Equal("¥5,000.00", plain.QuerySelector("[data-figure=amount]")!.TextContent.Trim());
        Assert.Equal("1", plain.QuerySelector("[data-age]")!.GetAttribute("data-age"));
        Assert.Equal("4", Row(page, q.NearLimit).QuerySelector("[data-age]")!.GetAttribute("data-age"));
        Assert.Contains("Residents' cash", Row(page, q.NearLimit).TextContent, StringComparison.Ordinal);
        Assert.Contains(q.ProjectName, plain.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_approvers_queue_is_the_second_approvals_and_any_status_can_be_chosen()
    {
        var q = await QueueAsync();
        var approver = await app.SignedIn("approver");

        Assert.Equal([q.FirstApproved], Ids(await approver.GetPage($"/reviewqueue?q={q.Payee}")));
        Assert.Equal([q.Draft], Ids(await approver.GetPage($"/reviewqueue?q={q.Payee}&status=Draft")));
        Assert.Equal(7, Ids(await approver.GetPage($"/reviewqueue?q={q.Payee}&status=all")).Count);
        Assert.Equal(5, Ids(await approver.GetPage($"/reviewqueue?q={q.Payee}&status=Submitted")).Count);
    }

    [Fact]
    public async Task Each_flag_filters_the_queue_and_so_do_the_township_and_the_project_name()
    {
        var q = await QueueAsync();
        var clerk = await app.SignedIn("clerk");
        var own = await app.TownshipId(DemoData.OwnTownship);
        var other = await app.TownshipId(DemoData.OtherTownship);

        Assert.Equal([q.Duplicate], Ids(await clerk.GetPage($"/reviewqueue?q={q.Payee}&flag=DuplicateInvoice")));
        Assert.Equal([q.NearLimit], Ids(await clerk.GetPage($"/reviewqueue?q={q.Payee}&flag=NearLimit")));
        Assert.Equal([q.NoInvoice], Ids(await clerk.GetPage($"/reviewqueue?q={q.Payee}&flag=MissingInvoice")));
        Assert.Equal(4, Ids(await clerk.GetPage($"/reviewqueue?q={q.Payee}&townshipId={own}")).Count);
        Assert.Equal([q.OtherTownship], Ids(await clerk.GetPage($"/reviewqueue?q={q.Payee}&townshipId={other}")));
        Assert.Equal(4, Ids(await clerk.GetPage($"/reviewqueue?q={q.ProjectName}")).Count);
    }

    [Fact]
    public async Task The_queue_sorts_by_amount_age_and_township_both_ways_and_pages()
    {
        var q = await QueueAsync();
        var clerk = await app.SignedIn("clerk");
        var all = $"/reviewqueue?q={q.Payee}&status=Submitted";

        Assert.Equal([q.Plain, q.Duplicate, q.NoInvoice, q.OtherTownship, q.NearLimit], Ids(await clerk.GetPage($"/reviewqueue?q={q.Payee}&sort=amount")));
        Assert.Equal([q.NearLimit, q.NoInvoice, q.Duplicate, q.Plain], Ids(await clerk.GetPage($"{all}&sort=amount&desc=true&townshipId={q.OwnTownshipId}")));
        Assert.Equal([q.Plain, q.Duplicate, q.NoInvoice, q.NearLimit], Ids(await clerk.GetPage($"{all}&sort=age&townshipId={q.OwnTownshipId}")));
        var byTownship = Townships(await clerk.GetPage($"{all}&sort=township"));
        var byTownshipDesc = Townships(await clerk.GetPage($"{all}&sort=township&desc=true"));
        Assert.Equal(2, byTownship.Distinct().Count());
        Assert.Equal(byTownship.Distinct().Reverse(), byTownshipDesc.Distinct());

        var second = await clerk.GetPage($"/reviewqueue?q={q.Payee}&sort=amount&pageSize=2&page=2");
        Assert.Equal([q.NoInvoice, q.OtherTownship], Ids(second));
        Assert.Contains("2 / 3", second.Text("[data-testid=pager]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accountant1", HttpStatusCode.Forbidden)]
    [InlineData("assessor", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Finance_staff_the_administrator_and_the_auditor_read_the_queue_and_nobody_else(string user, HttpStatusCode expected)
    {
        using var response = await (await app.SignedIn(user)).GetAsync("/reviewqueue");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_auditor_sees_both_levels_of_review_by_default()
    {
        var q = await QueueAsync();

        var ids = Ids(await (await app.SignedIn("auditor")).GetPage($"/reviewqueue?q={q.Payee}"));

        Assert.Equal(6, ids.Count);
        Assert.Contains(q.FirstApproved, ids);
        Assert.DoesNotContain(q.Draft, ids);
    }

    private static List<int> Ids(IDocument page) =>
        page.QuerySelectorAll("[data-testid=queue] tbody tr[data-id]").Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static List<string> Townships(IDocument page) =>
        page.QuerySelectorAll("[data-testid=queue] tbody tr[data-id]").Select(r => r.GetAttribute("data-township")!).ToList();

    private static IElement Row(IDocument page, int id) => page.QuerySelector($"[data-testid=queue] tr[data-id='{id}']") ?? throw new InvalidOperationException($"no row {id}");

    private static List<string> Flags(IDocument page, int id) => Row(page, id).QuerySelectorAll("[data-flag]").Select(f => f.GetAttribute("data-flag")!).ToList();

    private sealed record Queue(string Payee, string ProjectName, int OwnTownshipId, int Plain, int Duplicate, int NearLimit, int NoInvoice, int Draft, int FirstApproved, int OtherTownship);

    /// <summary>
    /// A project of T01 in progress (donations ¥800,000, residents' cash ¥200,000) with: four submitted requests,
    /// 1 to 4 days old — plain, with a duplicate-invoice attempt, near the residents' cash limit, without an invoice —
    /// a draft, one awaiting the second approval; and one submitted request of a T02 project.
    /// </summary>
    private async Task<Queue> QueueAsync()
    {
        var payee = UniqueName("收款人");
        var name = UniqueName("审核队列项目");
        var project = await app.NewProjectInAsync(DemoData.OwnTownship, name, InProgress);
        var other = await app.NewProjectInAsync(DemoData.OtherTownship, UniqueName("河口项目"), InProgress);
        var now = DateTimeOffset.UtcNow;
        return new Queue(payee, name, await app.TownshipId(DemoData.OwnTownship),
            Plain: await RequestAsync(project, payee, 5_000m, CashSource.Donations, now.AddDays(-1)),
            Duplicate: await RequestAsync(project, payee, 6_000m, CashSource.Donations, now.AddDays(-2), r => r.NoteDuplicateInvoiceAttempt()),
            NearLimit: await RequestAsync(project, payee, 190_000m, CashSource.SelfFunding, now.AddDays(-4)),
            NoInvoice: await RequestAsync(project, payee, 7_000m, CashSource.Donations, now.AddDays(-3), invoice: false),
            Draft: await RequestAsync(project, payee, 1_000m, CashSource.Donations, submittedAt: null),
            FirstApproved: await RequestAsync(project, payee, 150_000m, CashSource.Donations, now.AddDays(-5), approve: true),
            OtherTownship: await RequestAsync(other, payee, 8_000m, CashSource.Donations, now.AddDays(-1)));
    }

    private static void InProgress(Project p)
    {
        p.ReceiveDonation("县商会", Yuan(800_000m), new DateOnly(2026, 9, 20), $"RQ-{Guid.NewGuid():N}"[..20]);
        p.PledgeSelfFunding(Yuan(200_000m));
        p.StartPublicNotice(new DateOnly(2026, 10, 1), 10);
        p.Approve(new DateOnly(2026, 10, 20), "clerk", CoFinancingRules.Default);
        p.Start(new DateOnly(2026, 10, 21));
    }

    /// <summary>A request made through the domain, as the request pages would make it; the first approval moves no money, so nothing is posted.</summary>
    private Task<int> RequestAsync(int projectId, string payee, decimal yuan, CashSource source, DateTimeOffset? submittedAt,
        Action<DisbursementRequest>? more = null, bool invoice = true, bool approve = false) => app.InDb(async db =>
    {
        var project = await db.Projects.Include(p => p.Donations).Include(p => p.InKind).SingleAsync(p => p.Id == projectId);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        await db.RecordAsync(new StoredBlob(sha, 1234, "application/pdf"), DateTimeOffset.UtcNow, "accountant1", default);
        var request = new DisbursementRequest(project, "accountant1", DateTimeOffset.UtcNow.AddDays(-10), Guid.NewGuid());
        request.Edit(new RequestDetails(Yuan(yuan), source, payee, "农业银行城关支行", "6228 4800 1234 5678", "路面硬化工程款", "张建国", "李卫东", PaymentMethod.BankTransfer));
        if (invoice)
        {
            request.AddInvoice("", Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Yuan(yuan), new DateOnly(2026, 10, 25), "城关建材有限公司", sha, "发票.pdf");
        }
        else
        {
            request.AddEvidence(EvidenceKind.Contract, sha, "合同.pdf");
        }

        more?.Invoke(request);
        if (submittedAt is { } at)
        {
            request.Submit(project, "accountant1", at, DisbursementRules.Default, TranchePlan.Default, CoFinancingRules.Default);
        }

        if (approve)
        {
            Assert.False(request.Approve(project, "clerk", DateTimeOffset.UtcNow, DisbursementRules.Default, TranchePlan.Default, CoFinancingRules.Default));
        }

        db.Requests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    });
}

[Collection(OnSqlite.Name)]
public sealed class ReviewQueueOnSqlite(SqliteApp app) : ReviewQueueTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReviewQueueOnPostgres(PostgresApp app) : ReviewQueueTests(app);
