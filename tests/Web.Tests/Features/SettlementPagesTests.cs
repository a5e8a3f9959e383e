using System.IO.Compression;
using System.Net;
using AngleSharp.Dom;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Settlement;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.SettlementKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// 季度结账 through the pages: the clerk opens the demo's 2026Q3 and reviews it township by township, the approver
/// confirms it (once, however often the form is posted), the jobs pay and issue, and everyone downloads what they may.
/// Each engine gets a database of its own: a settled quarter is not something other tests may see.
/// </summary>
public abstract class SettlementPagesTests(GrantsApp app)
{
    [Fact]
    public async Task The_clerk_opens_and_reviews_the_draft_and_only_an_approver_confirms_it()
    {
        var settled = await app.SettledQ3Async();
        var lines = await app.InDb(db => db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == settled.Id).ToListAsync());

        var draft = settled.Draft;
        Assert.Equal("Drafted", draft.Status());
        Assert.Equal(lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), GradeFigure(draft, "total", "count"));
        Assert.All(Enum.GetValues<Grade>(), g => Assert.NotEqual("0", GradeFigure(draft, g.ToString(), "count")));
        var firstTab = draft.QuerySelectorAll("[data-testid=townships] a[data-township]")[0];
        Assert.Contains("active", firstTab.ClassName, StringComparison.Ordinal);
        var rows = draft.QuerySelectorAll("[data-testid=communities] tbody tr[data-community]");
        Assert.Equal(lines.Count(l => l.TownshipId == lines.Min(x => x.TownshipId)), rows.Length);
        Assert.True(draft.QuerySelectorAll("[data-testid=communities] th[data-criterion]").Length >= 5);
        Assert.All(rows, r => Assert.Contains(r.GetAttribute("data-grade"), Enum.GetNames<Grade>()));
        Assert.NotNull(draft.StepForm("Review"));
        Assert.Null(draft.StepForm("Confirm"));

        Assert.Equal("Reviewed", settled.Reviewed.Status());
        Assert.Contains("clerk", settled.Reviewed.Text("[data-fact=reviewed]"), StringComparison.Ordinal);
        Assert.Null(settled.Reviewed.StepForm("Confirm"));
        Assert.Equal(HttpStatusCode.Forbidden, settled.ClerkConfirm);

        Assert.NotNull(settled.ApproverBefore.StepForm("Confirm"));
        Assert.Null(settled.ApproverBefore.StepForm("Review"));
        Assert.Equal(HttpStatusCode.Redirect, settled.FirstConfirm.StatusCode);
        Assert.Equal(Details(settled.Id), settled.FirstConfirm.Headers.Location!.PathAndQueryOrOriginal().Split('?')[0]);
    }

    [Fact]
    public async Task A_confirm_posted_twice_confirms_once_and_the_second_post_is_told_someone_acted_meanwhile()
    {
        var settled = await app.SettledQ3Async();

        Assert.Contains("Someone else has just acted on this settlement", settled.SecondConfirm.FormErrors(), StringComparison.Ordinal);
        Assert.NotEqual("Reviewed", settled.SecondConfirm.Status());
        var settlement = await app.InDb(db => db.Settlements.AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Id == settled.Id));
        Assert.Equal(SettlementStatus.Issued, settlement.Status);
        Assert.Equal("approver", settlement.ConfirmedBy);
        var payouts = await app.InDb(db => db.AwardPayouts.AsNoTracking().Where(p => p.SettlementId == settled.Id).ToListAsync());
        Assert.Equal(settlement.Lines.Where(l => l.Award.IsPositive).Select(l => l.CommunityId).Order(), payouts.Select(p => p.CommunityId).Order());
    }

    [Fact]
    public async Task The_files_page_lists_the_county_files_and_one_notice_per_graded_community_and_serves_each_as_a_download()
    {
        var settled = await app.SettledQ3Async();
        var page = settled.Issued;
        var lines = await app.InDb(db => db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == settled.Id).ToListAsync());
        var places = await app.InDb(db => (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            select new { c.Id, Place = t.Code + " " + c.Name }).ToDictionaryAsync(c => c.Id, c => c.Place));

        Assert.Null(page.QuerySelector("[data-testid=auto-refresh]"));
        Assert.Equal(SettlementCountyFiles.Names.Order(), page.QuerySelectorAll("[data-testid=county-files] a[data-testid=county-file]").Select(a => a.TextContent.Trim()).Order());
        var notices = page.QuerySelectorAll("[data-testid=notices] tr[data-id]").ToList();
        Assert.Equal(lines.Sum(l => l.Notices().Count()), notices.Count);
        // Names repeat across townships (五里村), so a notice is known by its township and name.
        var listedKinds = notices.ToLookup(n => n.ParentElement!.GetAttribute("data-township") + " " + n.Children[2].TextContent.Trim(), n => n.GetAttribute("data-kind"));
        Assert.All(lines, line => Assert.Equal(line.Notices().Select(k => k.ToString()).Order(), listedKinds[places[line.CommunityId]].Order()));

        Assert.Contains(notices, n => n.GetAttribute("data-kind") == "Interview");
        var progress = page.Text("[data-figure=notices]");
        Assert.Equal($"{notices.Count} / {notices.Count}", progress);

        var clerk = await app.SignedIn("clerk");
        using var pdf = await clerk.GetAsync(notices[0].QuerySelector("a[data-testid=notice]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(notices[0].QuerySelector("a")!.TextContent.Trim(), pdf.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", pdf.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);

        using var zip = await clerk.GetAsync(page.QuerySelector("a[data-testid=zip]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        Assert.Equal("季度结账-2026Q3.zip", zip.Content.Headers.ContentDisposition?.FileNameStar);
        var entries = await EntriesAsync(zip);
        var listed = SettlementCountyFiles.Names.Concat(notices.Select(n => n.QuerySelector("a[data-testid=notice]")!.TextContent.Trim()));
        Assert.Equal(listed.Order(), entries.Keys.Order());
        Assert.All(entries.Where(e => e.Key.EndsWith(".pdf", StringComparison.Ordinal)), e => Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(e.Value[..4])));
    }

    [Fact]
    public async Task A_township_accountant_reads_only_their_townships_part_and_never_the_county_files()
    {
        var settled = await app.SettledQ3Async();
        var accountant = await app.SignedIn("accountant1");
        var own = await app.TownshipId(DemoData.OwnTownship);
        var other = await app.TownshipId(DemoData.OtherTownship);

        var details = await accountant.GetPage(Details(settled.Id, other));
        Assert.Equal([DemoData.OwnTownship], details.QuerySelectorAll("[data-testid=townships] a[data-township]").Select(a => a.GetAttribute("data-township")));
        Assert.Equal(DemoData.OwnTownship, details.QuerySelector("[data-testid=communities]")!.GetAttribute("data-township"));
        Assert.Null(details.QuerySelector("[data-testid=settlement-actions]"));

        var files = await accountant.GetPage(Files(settled.Id));
        Assert.Equal([DemoData.OwnTownship], files.QuerySelectorAll("[data-testid=notices] tbody[data-township]").Select(t => t.GetAttribute("data-township")));
        Assert.Null(files.QuerySelector("[data-testid=county-files]"));
        var ownNotices = files.QuerySelectorAll("a[data-testid=notice]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(ownNotices);
        using (var mine = await accountant.GetAsync(ownNotices[0]))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        }

        var otherNotice = await app.InDb(db => db.IssuedNotices.AsNoTracking().Where(n => n.SettlementId == settled.Id && n.TownshipId == other).Select(n => n.Id).FirstAsync());
        using (var theirs = await accountant.GetAsync($"/settlement/notice/{otherNotice}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        }

        var countyFile = await app.InDb(db => db.SettlementFiles.AsNoTracking().Where(f => f.SettlementId == settled.Id).Select(f => f.Id).FirstAsync());
        using (var county = await accountant.GetAsync($"/settlement/countyfile/{countyFile}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, county.StatusCode);
        }

        using var zip = await accountant.GetAsync($"/settlement/zip/{settled.Id}");
        var ownFiles = await app.InDb(db => db.IssuedNotices.AsNoTracking().Where(n => n.SettlementId == settled.Id && n.TownshipId == own).Select(n => n.FileName).ToListAsync());
        Assert.Equal(ownFiles.Order(), (await EntriesAsync(zip)).Keys.Order());
    }

    [Fact]
    public async Task The_auditor_reads_every_page_without_a_button_and_other_roles_are_kept_out()
    {
        var settled = await app.SettledQ3Async();
        var auditor = await app.SignedIn("auditor");

        var details = await auditor.GetPage(Details(settled.Id));
        Assert.Null(details.QuerySelector("[data-testid=settlement-actions]"));
        Assert.NotNull((await auditor.GetPage(Files(settled.Id))).QuerySelector("[data-testid=county-files]"));
        Assert.Null((await auditor.GetPage(IndexPage)).QuerySelector(OpenForm));
        using var post = await auditor.PostWithToken($"/settlement/requestreopening/{settled.Id}", new Dictionary<string, string> { ["Version"] = "1", ["Reason"] = "审计" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        using var assessor = await (await app.SignedIn("assessor")).GetAsync(IndexPage);
        Assert.Equal(HttpStatusCode.Forbidden, assessor.StatusCode);
        Assert.Contains("Nav.Settlement", (await (await app.SignedIn("accountant1")).GetPage("/")).NavItems());
    }

    [Fact]
    public async Task Opening_a_quarter_with_a_scorecard_missing_names_it_and_writes_nothing()
    {
        var q4 = new Quarter(2026, 4);
        var missing = await app.InDb(db => (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            where c.IsPilot && t.Code == DemoData.OwnTownship
            orderby c.Id
            select new { c.Id, c.Name, Township = t.Name }).FirstAsync());
        await app.ScoreAllButAsync(q4, missing.Id);
        var clerk = await app.SignedIn("clerk");

        using var refused = await clerk.OpenAsync(q4, "en");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await TestClient.Parse(refused);
        Assert.Equal($"2026Q4: 1 pilot communities still lack complete scores: {missing.Township} {missing.Name}.", page.FormErrors());
        Assert.NotNull(page.QuerySelector("[data-testid=quarters] tr[data-quarter='2026Q4']"));
        Assert.Equal(0, await app.InDb(db => db.Settlements.CountAsync(s => s.Quarter == q4)));
        Assert.Equal(0, await app.InDb(db => db.Scorecards.CountAsync(s => s.Quarter == q4 && s.Status == ScorecardStatus.Locked)));

        var scoring = await clerk.GetPage("/settlement/scoring/2026Q4");
        var rows = scoring.QuerySelectorAll("[data-testid=scoring] tr[data-township]").ToList();
        Assert.Equal(missing.Name, rows.Single(r => r.GetAttribute("data-township") == DemoData.OwnTownship).QuerySelector("[data-testid=missing]")!.TextContent.Trim());
        Assert.All(rows.Where(r => r.GetAttribute("data-township") != DemoData.OwnTownship), r => Assert.Equal("", r.QuerySelector("[data-testid=missing]")!.TextContent.Trim()));
    }

    private static string GradeFigure(IDocument page, string grade, string figure) =>
        page.QuerySelector($"[data-testid=grade-totals] tr[data-grade={grade}] [data-figure={figure}]")!.TextContent.Trim();

    private static async Task<Dictionary<string, byte[]>> EntriesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            e.Open().CopyTo(content);
            return content.ToArray();
        });
    }
}

public sealed class SettlementPagesOnSqlite(SqliteApp app) : SettlementPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SettlementPagesOnPostgres(PostgresApp app) : SettlementPagesTests(app), IClassFixture<PostgresApp>;
