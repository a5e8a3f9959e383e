using System.Globalization;
using System.Net;
using Grants.Domain.Disbursements;
using Grants.Domain.Users;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Settlement;
using Grants.Infrastructure.Storage;
using Grants.Web.Jobs;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Evidence packs asked for on a project's and a settlement's page: written by the export job, downloaded by the user
/// who asked and by nobody else; every hash in the manifest is its file's and every receipt the stored bytes. What a
/// pack shows follows the asker's role; another township's project is refused when asked for, and again in the job.
/// </summary>
public abstract class EvidencePackJobTests(GrantsApp app)
{
    private const string PackButton = "form[data-testid=evidence-pack]";

    private FileStore Store => app.Services.GetRequiredService<FileStore>();

    [Fact]
    public async Task A_project_pack_asked_for_on_its_page_is_written_by_the_job_for_its_owner_only()
    {
        var projectId = await app.InDb(db => db.Requests.Where(r => r.Status == RequestStatus.Paid)
            .GroupBy(r => r.ProjectId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());
        var requests = await app.InDb(db => db.Requests.AsNoTracking().Include(r => r.Invoices).Include(r => r.Evidence)
            .AsSplitQuery().Where(r => r.ProjectId == projectId).ToListAsync());
        var attached = requests.SelectMany(r => r.Invoices.Select(i => i.File.Sha256).Concat(r.Evidence.Select(e => e.File.Sha256))).ToList();

        var (id, pack) = await AskAndDownloadAsync("auditor", $"/projects/details/{projectId}");

        Assert.Equal(("project", "auditor", (int?)null), (pack.Manifest.Pack, pack.Manifest.GeneratedBy, pack.Manifest.TownshipScope));
        Assert.Equal((projectId.ToString(CultureInfo.InvariantCulture), "included"), (pack.Manifest.Filter["projectId"], pack.Manifest.Filter["auditTrail"]));
        Assert.NotEmpty(attached);
        Assert.Equal(attached.Order(StringComparer.Ordinal), pack.Of(EvidenceKinds.Receipt).Select(r => r.StoredSha256!).Order(StringComparer.Ordinal));
        Assert.All(pack.Of(EvidenceKinds.Receipt), r => Assert.Equal(EvidenceKinds.Ok, r.Status));
        var request = await app.InDb(db => db.ExportRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((ExportKind.EvidencePack, ExportFormat.Zip, EvidencePack.FileName(projectId), EvidencePackKit.Sha256(pack.Zip)),
            (request.Kind, request.Format, request.FileName, request.Sha256));

        const string password = "Audit#Packs2026";
        using var otherAuditor = app.NewClient();
        await otherAuditor.SignInAs(await app.CreateUserAsync("auditor3", password, Role.Auditor), password);
        foreach (var stranger in new[] { otherAuditor, await app.SignedIn("clerk") })
        {
            using var stolen = await stranger.GetAsync($"/exports/download/{id}");
            Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
            Assert.Null((await stranger.GetPage("/exports/mine")).QuerySelector($"[data-testid=my-exports] tr[data-id='{id}']"));
        }
    }

    [Fact]
    public async Task A_quarter_pack_holds_the_county_files_for_the_clerk_and_only_their_townships_notices_for_an_accountant()
    {
        var settled = await app.SettledQ3Async();
        var round = await app.InDb(db => db.Settlements.Where(s => s.Id == settled.Id).Select(s => s.Round).SingleAsync());
        var notices = await app.InDb(db => db.IssuedNotices.Where(n => n.SettlementId == settled.Id && n.Round == round)
            .Select(n => new { n.TownshipId, n.Sha256 }).ToListAsync());
        var own = await app.TownshipId(DemoData.OwnTownship);

        var (_, county) = await AskAndDownloadAsync("clerk", SettlementKit.Details(settled.Id));
        var (_, township) = await AskAndDownloadAsync("accountant1", SettlementKit.Details(settled.Id));

        Assert.Equal(("quarter", "clerk", (int?)null), (county.Manifest.Pack, county.Manifest.GeneratedBy, county.Manifest.TownshipScope));
        Assert.Equal(notices.Select(n => n.Sha256).Order(), county.Of(EvidenceKinds.Notice).Select(f => f.Sha256).Order());
        Assert.Equal(SettlementCountyFiles.Names.Order(), county.Of(EvidenceKinds.SettlementFile).Select(f => f.Path["settlement/".Length..]).Order());
        Assert.Equal(("included", "omitted"), (county.Manifest.Filter["countyFiles"], county.Manifest.Filter["auditTrail"]));

        Assert.Equal(("accountant1", own), (township.Manifest.GeneratedBy, township.Manifest.TownshipScope));
        Assert.NotEmpty(township.Of(EvidenceKinds.Notice));
        Assert.Equal(notices.Where(n => n.TownshipId == own).Select(n => n.Sha256).Order(), township.Of(EvidenceKinds.Notice).Select(f => f.Sha256).Order());
        Assert.Empty(township.Of(EvidenceKinds.SettlementFile));
        Assert.Equal(("omitted", "omitted"), (township.Manifest.Filter["countyFiles"], township.Manifest.Filter["auditTrail"]));
    }

    [Fact]
    public async Task A_township_accountant_is_refused_another_townships_project_when_asking_and_in_the_job()
    {
        var ownProject = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("证据包本镇"));
        var otherProject = await app.PayableProjectAsync(DemoData.OtherTownship, ProjectsKit.UniqueName("证据包他镇"));
        var accountant = await app.SignedIn("accountant1");
        var requests = await app.InDb(db => db.ExportRequests.CountAsync());

        using (var page = await accountant.GetAsync($"/projects/details/{otherProject}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        foreach (var url in new[]
        {
            $"/exports/evidence/project/{otherProject}", $"/exports/evidence/project/{int.MaxValue}", "/exports/evidence/quarter/2031Q1",
            "/exports/evidence/quarter/not-a-quarter",
        })
        {
            using var refused = await accountant.PostWithToken(url, new Dictionary<string, string>());
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)refused.StatusCode}");
        }

        // Nor through the ledger form, which writes ledgers only.
        using (var asLedger = await accountant.PostWithToken("/exports/index", new Dictionary<string, string>
        {
            ["What"] = nameof(ExportKind.EvidencePack), ["Format"] = nameof(ExportFormat.Zip), ["Project"] = otherProject.ToString(CultureInfo.InvariantCulture),
        }))
        {
            Assert.Equal(HttpStatusCode.OK, asLedger.StatusCode);
            Assert.NotNull((await TestClient.Parse(asLedger)).QuerySelector("[data-testid=form-errors]"));
        }

        // The assessor has no money to export: no button, and the route refuses.
        var assessor = await app.SignedIn("assessor");
        Assert.Null((await assessor.GetPage($"/projects/details/{otherProject}")).QuerySelector(PackButton));
        using (var assessorAsks = await assessor.PostWithToken($"/exports/evidence/project/{otherProject}", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, assessorAsks.StatusCode);
        }

        Assert.Equal(requests, await app.InDb(db => db.ExportRequests.CountAsync()));

        // Their own township's project: the same button works, and the pack keeps their township's scope.
        var (_, pack) = await AskAndDownloadAsync("accountant1", $"/projects/details/{ownProject}");
        Assert.Equal((await app.TownshipId(DemoData.OwnTownship), "omitted"), (pack.Manifest.TownshipScope, pack.Manifest.Filter["auditTrail"]));

        // The job checks again through the scope kept with the request: one naming another township's project fails, storing nothing.
        var forged = await ForgedRequestAsync("accountant1", otherProject);
        await Assert.ThrowsAsync<EvidenceNotFoundException>(() => app.InScope(async sp =>
        {
            await ActivatorUtilities.CreateInstance<ExportJobs>(sp).WriteAsync(forged, default);
            return 0;
        }));
        var failed = await app.InDb(db => db.ExportRequests.AsNoTracking().SingleAsync(r => r.Id == forged));
        Assert.Equal((ExportStatus.Failed, (string?)null), (failed.Status, failed.Sha256));
        using var nothing = await accountant.GetAsync($"/exports/download/{forged}");
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
    }

    /// <summary>Presses the page's evidence-pack button, waits in the user's list for the job, downloads the zip and checks it is true.</summary>
    private async Task<(int Id, OpenedPack Pack)> AskAndDownloadAsync(string userName, string page)
    {
        var client = await app.SignedIn(userName);
        using var asked = await client.PostForm(page, PackButton, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/exports/mine", asked.Headers.Location?.OriginalString);
        var id = await app.LatestExportAsync(userName);
        await client.WaitForExportAsync(id);

        using var download = await client.GetAsync($"/exports/download/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(EvidencePack.ContentType, download.Content.Headers.ContentType?.MediaType);
        var pack = EvidencePackKit.Open(await download.Content.ReadAsByteArrayAsync());
        pack.AssertTrue(Store);
        return (id, pack);
    }

    /// <summary>A request as the page would never store it: the user's own township scope, another township's project.</summary>
    private Task<int> ForgedRequestAsync(string userName, int projectId) => app.InDb(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var selection = LedgerSelection.Pack(new EvidenceSelection(projectId, null, CountyFiles: true, AuditTrail: true));
        var request = new ExportRequest(user.Id, userName, user.TownshipId, selection, 0, EvidencePack.FileName(projectId), DateTimeOffset.UtcNow);
        db.ExportRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    });
}

[Collection(OnSqlite.Name)]
public sealed class EvidencePackJobOnSqlite(SqliteApp app) : EvidencePackJobTests(app);

[Collection(OnPostgres.Name)]
public sealed class EvidencePackJobOnPostgres(PostgresApp app) : EvidencePackJobTests(app);
