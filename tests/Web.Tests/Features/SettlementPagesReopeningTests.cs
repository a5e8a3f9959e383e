using System.IO.Compression;
using System.Net;
using Grants.Domain.Assessment;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.SettlementKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// A confirmed quarter re-opened through the pages: the administrator asks with a reason, an approver agrees, the
/// payouts are reversed, the clerk re-drafts, and the second round's files sit beside the first's. A database of its
/// own per engine, since it settles 2026Q3 twice.
/// </summary>
public abstract class SettlementPagesReopeningTests(GrantsApp app)
{
    [Fact]
    public async Task A_stale_page_changes_nothing_and_a_reopened_quarter_settles_again_in_a_second_round()
    {
        var clerk = await app.SignedIn("clerk");
        var approver = await app.SignedIn("approver");
        var admin = await app.SignedIn("admin");
        using var opened = await clerk.OpenAsync(Q3);
        var id = IdFrom(opened);

        var stale = await clerk.GetPage(Details(id));
        using (var redrafted = await clerk.PostStepAsync(stale, "Redraft"))
        {
            Assert.Equal(HttpStatusCode.Redirect, redrafted.StatusCode);
        }

        using (var refused = await clerk.PostStepAsync(stale, "Review", language: "en"))
        {
            var page = await TestClient.Parse(refused);
            Assert.Contains("Someone else has just acted on this settlement", page.FormErrors(), StringComparison.Ordinal);
            Assert.Equal("Drafted", page.Status());
        }

        using (var opening = await clerk.OpenAsync(Q3, "en"))
        {
            Assert.Equal(id, IdFrom(opening));
        }

        Assert.Contains("already has a settlement", (await clerk.GetPage(Details(id), "en")).Text("[data-testid=flash]"), StringComparison.Ordinal);
        await SettleRoundAsync(id);

        var locked = await admin.GetPage(Details(id));
        Assert.Null(locked.StepForm("Redraft"));
        using (var noReason = await admin.PostStepAsync(locked, "RequestReopening", reason: "", language: "en"))
        {
            var page = await TestClient.Parse(noReason);
            Assert.Contains("Reason for re-opening is required", page.FormErrors(), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("details[open] form[data-step=RequestReopening]"));
        }

        using (var asked = await admin.PostStepAsync(locked, "RequestReopening", reason: "黄土社区评分录入有误"))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        Assert.Null((await admin.GetPage(Details(id))).StepForm("ApproveReopening"));
        var pending = await approver.GetPage(Details(id));
        Assert.Contains("黄土社区评分录入有误", pending.Text("[data-testid=reopen-request]"), StringComparison.Ordinal);
        using (var agreed = await approver.PostStepAsync(pending, "ApproveReopening"))
        {
            Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        }

        var reopened = await clerk.GetPage(Details(id));
        Assert.Equal("Drafted", reopened.Status());
        Assert.Equal("2", reopened.QuerySelector("h1 [data-round]")!.GetAttribute("data-round"));
        Assert.Equal(0, await app.InDb(db => db.AwardPayouts.CountAsync(p => p.SettlementId == id && p.ReversedAt == null)));
        Assert.Equal(0, await app.InDb(db => db.Scorecards.CountAsync(s => s.Quarter == Q3 && s.Status == ScorecardStatus.Locked)));
        using (var redraft = await clerk.PostStepAsync(reopened, "Redraft"))
        {
            Assert.Equal(HttpStatusCode.Redirect, redraft.StatusCode);
        }

        var files = await SettleRoundAsync(id);
        var rounds = files.QuerySelectorAll("[data-testid=notices] tr[data-id]").ToLookup(r => r.GetAttribute("data-round"));
        Assert.Equal(rounds["1"].Count(), rounds["2"].Count());
        Assert.All(rounds["2"], r => Assert.Contains("Replaces", r.GetAttribute("class") + r.TextContent, StringComparison.Ordinal));
        var numbers = await app.InDb(db => db.IssuedNotices.Where(n => n.SettlementId == id).Select(n => n.Number).ToListAsync());
        Assert.Equal(numbers.Count, numbers.Distinct().Count()); // a re-issued notice gets a number of its own
        Assert.Equal(6, files.QuerySelectorAll("[data-testid=county-files] tr[data-id]").Length);

        using var zip = await clerk.GetAsync($"/settlement/zip/{id}");
        Assert.Equal("季度结账-2026Q3-第2轮.zip", zip.Content.Headers.ContentDisposition?.FileNameStar);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Equal(3 + rounds["2"].Count(), archive.Entries.Count);
    }

    /// <summary>Reviews, confirms and waits for the jobs, returning the files page (in English).</summary>
    private async Task<AngleSharp.Dom.IDocument> SettleRoundAsync(int id)
    {
        var clerk = await app.SignedIn("clerk");
        var approver = await app.SignedIn("approver");
        using (var reviewed = await clerk.PostStepAsync(await clerk.GetPage(Details(id)), "Review"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        }

        using (var confirmed = await approver.PostStepAsync(await approver.GetPage(Details(id)), "Confirm"))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        await clerk.WaitForIssuedAsync(id);
        return await clerk.GetPage(Files(id), "en");
    }
}

public sealed class SettlementPagesReopeningOnSqlite(SqliteApp app) : SettlementPagesReopeningTests(app), IClassFixture<SqliteApp>;

public sealed class SettlementPagesReopeningOnPostgres(PostgresApp app) : SettlementPagesReopeningTests(app), IClassFixture<PostgresApp>;
