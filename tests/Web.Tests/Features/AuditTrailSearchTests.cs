using System.Globalization;
using System.Net;
using Grants.Domain.Audit;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.AuditTrailKit;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>The auditor's page: the trail searched by user, dates, entity and action, newest first, paged by key; and verified.</summary>
public abstract class AuditTrailSearchTests(GrantsApp app)
{
    [Fact]
    public async Task The_auditor_finds_a_pools_records_newest_first_with_before_and_after()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("审计查询池"));
        await clerk.RecordReceiptAsync(poolId, "5000");
        var auditor = await app.SignedIn("auditor");

        var page = await auditor.GetPage($"/audit?entityType=FundingPool&entityId={poolId}");

        var rows = page.QuerySelectorAll("[data-testid=records] tbody tr[data-sequence]").ToList();
        Assert.Equal([AuditActions.Modified, AuditActions.Added], rows.Select(r => r.GetAttribute("data-action")));
        Assert.All(rows, r => Assert.Equal((Id(poolId), "clerk"), (r.GetAttribute("data-entity-id"), r.GetAttribute("data-actor"))));
        var received = rows[0].QuerySelector("[data-property=Received]")!;
        Assert.Equal(("0.00", "5000.00"), (received.QuerySelector("[data-testid=before]")!.TextContent, received.QuerySelector("[data-testid=after]")!.TextContent));
        Assert.Equal($"POST /pools/receipt/{poolId}", rows[0].QuerySelector("[data-testid=operation]")!.TextContent);
    }

    [Fact]
    public async Task User_action_entity_type_and_dates_narrow_the_list()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("审计筛选池"));
        await clerk.RecordReceiptAsync(poolId, "700");
        var auditor = await app.SignedIn("auditor");
        var today = Grants.Infrastructure.ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var byUser = Rows(await auditor.GetPage($"/audit?user=clerk&action=Added&entityType=PoolReceipt&from={today}&to={today}"));
        var longAgo = Rows(await auditor.GetPage("/audit?from=2001-01-01&to=2001-12-31"));
        var signIns = Rows(await auditor.GetPage("/audit?action=SignedIn"));
        var receipt = Assert.Single(await app.RecordsAsync(x => x.EntityType == "PoolReceipt" && x.Changes!.Contains($"\"PoolId\":{poolId},")));

        Assert.NotEmpty(byUser);
        Assert.All(byUser, r => Assert.Equal(("clerk", AuditActions.Added, "PoolReceipt"), (r.Actor, r.Action, r.Entity)));
        Assert.Contains(byUser, r => r.Sequence == receipt.Sequence);
        Assert.Empty(longAgo);
        Assert.NotEmpty(signIns);
        Assert.All(signIns, r => Assert.Equal(AuditActions.SignedIn, r.Action));
        Assert.Equal(signIns.Select(r => r.Sequence).OrderDescending(), signIns.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Older_and_newer_links_page_by_sequence_without_gaps_or_overlap()
    {
        var auditor = await app.SignedIn("auditor");
        // Records below a Sequence never change: a fixed upper bound makes the pages stable while other tests write.
        var bound = await app.InDb(db => db.AuditRecords.Where(r => r.EntityType == "Unit").OrderBy(r => r.Sequence).Select(r => r.Sequence).Skip(200).FirstAsync());
        var units = await app.InDb(db => db.AuditRecords.Where(r => r.EntityType == "Unit" && r.Sequence < bound)
            .OrderByDescending(r => r.Sequence).Select(r => r.Sequence).Take(100).ToListAsync());

        var first = await auditor.GetPage($"/audit?entityType=Unit&before={bound}");
        var second = await auditor.GetPage(first.QuerySelector("[data-testid=older]")!.GetAttribute("href")!);
        var back = await auditor.GetPage(second.QuerySelector("[data-testid=newer]")!.GetAttribute("href")!);

        Assert.Equal(units.Take(50), Rows(first).Select(r => r.Sequence));
        Assert.Equal(units.Skip(50), Rows(second).Select(r => r.Sequence));
        Assert.Equal(units.Take(50), Rows(back).Select(r => r.Sequence));
    }

    [Fact]
    public async Task The_verify_page_says_the_trail_is_intact_and_shows_the_head_and_a_noted_head_must_be_well_formed()
    {
        var auditor = await app.SignedIn("auditor");

        var page = await auditor.GetPage("/audit/verify");
        var head = page.Text("[data-testid=head]");
        var again = await auditor.GetPage($"/audit/verify?head={Uri.EscapeDataString(head)}");
        var malformed = await auditor.GetPage("/audit/verify?head=12:abc");

        Assert.Equal("true", page.QuerySelector("[data-testid=audit-verify]")!.GetAttribute("data-ok"));
        Assert.Matches("^[0-9]+:[0-9a-f]{64}$", head);
        Assert.Equal("true", again.QuerySelector("[data-testid=audit-verify]")!.GetAttribute("data-ok"));
        Assert.NotNull(malformed.QuerySelector("#head.is-invalid"));
    }

    [Theory]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("clerk", HttpStatusCode.Forbidden)]
    [InlineData("accountant1", HttpStatusCode.Forbidden)]
    public async Task Only_auditors_and_administrators_read_the_trail_and_see_it_in_the_menu(string user, HttpStatusCode expected)
    {
        var client = await app.SignedIn(user);

        using var list = await client.GetAsync("/audit");
        using var verify = await client.GetAsync("/audit/verify");
        var home = await client.GetPage("/");

        Assert.Equal((expected, expected), (list.StatusCode, verify.StatusCode));
        Assert.Equal(expected == HttpStatusCode.OK, home.QuerySelector("nav a[href='/audit']") is not null);
    }

    private sealed record Row(long Sequence, string Actor, string Action, string Entity);

    private static List<Row> Rows(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=records] tbody tr[data-sequence]").Select(r => new Row(
            long.Parse(r.GetAttribute("data-sequence")!, CultureInfo.InvariantCulture), r.GetAttribute("data-actor")!,
            r.GetAttribute("data-action")!, r.GetAttribute("data-entity")!)).ToList();
}

[Collection(OnSqlite.Name)]
public sealed class AuditTrailSearchOnSqlite(SqliteApp app) : AuditTrailSearchTests(app);

[Collection(OnPostgres.Name)]
public sealed class AuditTrailSearchOnPostgres(PostgresApp app) : AuditTrailSearchTests(app);
