using System.Net;
using Grants.Domain.Users;
using Grants.Infrastructure.Exports;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Exports above the direct-download limit (lowered here to a few lines) are written by a background job into the
/// user's download list, which only that user can download from — not another auditor, not a clerk.
/// </summary>
public abstract class ExportsJobTests(GrantsApp app)
{
    private const string Query = "/exports?run=true&what=AccountLedger&format=Xlsx";

    [Fact]
    public async Task A_large_export_is_written_by_a_job_listed_and_downloaded_by_its_owner_only()
    {
        using var limit = LowerDirectLimit();
        var auditor = await app.SignedIn("auditor");

        var page = await auditor.GetPage(Query);
        Assert.NotNull(page.QuerySelector("[data-testid=too-many]"));
        using var queued = await auditor.PostForm(Query, "[data-testid=queue-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        Assert.Equal("/exports/mine", queued.Headers.Location?.OriginalString);

        var id = await app.LatestExportAsync("auditor");
        await auditor.WaitForExportAsync(id);
        using var download = await auditor.GetAsync($"/exports/download/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ExportsKit.Xlsx, download.Content.Headers.ContentType?.MediaType);
        var ledger = ExportsKit.ReadLedger(await download.Content.ReadAsByteArrayAsync());
        var trial = await auditor.TrialBalanceAsync();
        Assert.Equal((trial.Debits, trial.Credits), (ledger.CumulativeDebits, ledger.CumulativeCredits));

        const string password = "Audit#Second2026";
        using var otherAuditor = app.NewClient();
        await otherAuditor.SignInAs(await app.CreateUserAsync("auditor2", password, Role.Auditor), password);
        var clerk = await app.SignedIn("clerk");
        foreach (var stranger in new[] { otherAuditor, clerk })
        {
            using var stolen = await stranger.GetAsync($"/exports/download/{id}");
            Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
            var list = await stranger.GetPage("/exports/mine");
            Assert.Null(list.QuerySelector($"[data-testid=my-exports] tr[data-id='{id}']"));
        }
    }

    [Fact]
    public async Task A_township_accountants_background_export_keeps_their_township_scope()
    {
        using var limit = LowerDirectLimit();
        var own = await app.TownshipAccountsAsync(await app.TownshipId(DemoData.OwnTownship));
        var accountant = await app.SignedIn("accountant1");

        using var queued = await accountant.PostForm(Query, "[data-testid=queue-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        var id = await app.LatestExportAsync("accountant1");
        var request = await app.InDb(db => db.ExportRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(await app.TownshipId(DemoData.OwnTownship), request.TownshipScope);

        await accountant.WaitForExportAsync(id);
        using var download = await accountant.GetAsync($"/exports/download/{id}");
        var ledger = ExportsKit.ReadLedger(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(own.Order(StringComparer.Ordinal), ledger.Accounts.Select(a => a.Account));
    }

    /// <summary>The limit is read on every request, so the shared app's setting can be lowered for one test.</summary>
    private Restore LowerDirectLimit()
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        configuration["Grants:Exports:DirectLines"] = "10";
        return new Restore(() => configuration["Grants:Exports:DirectLines"] = null);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}

[Collection(OnSqlite.Name)]
public sealed class ExportsJobOnSqlite(SqliteApp app) : ExportsJobTests(app);

[Collection(OnPostgres.Name)]
public sealed class ExportsJobOnPostgres(PostgresApp app) : ExportsJobTests(app);
