using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Grants.Infrastructure.Ledger;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>
/// The demo county's ledger exported through the export page and read back with ClosedXML: every account reconciles,
/// the totals are the trial balance, periods chain, and a township accountant gets their own township only.
/// </summary>
public abstract class ExportsTests(GrantsApp app)
{
    [Fact]
    public async Task The_county_account_ledger_reconciles_and_its_cumulative_totals_are_the_trial_balance()
    {
        var auditor = await app.SignedIn("auditor");

        var ledger = ExportsKit.ReadLedger(await auditor.ExportAsync("what=AccountLedger&format=Xlsx"));
        var trial = await auditor.TrialBalanceAsync();

        Assert.True(ledger.Accounts.Count > 50, $"{ledger.Accounts.Count} accounts");
        Assert.Equal(trial.Rows.Keys.Order(StringComparer.Ordinal), ledger.Accounts.Select(a => a.Account));
        Assert.All(ledger.Accounts, a => Assert.Equal(trial.Rows[a.Account], (a.CumulativeDebits, a.CumulativeCredits)));
        Assert.Equal((trial.Debits, trial.Credits), (ledger.CumulativeDebits, ledger.CumulativeCredits));
        Assert.Equal(ledger.CumulativeDebits, ledger.CumulativeCredits);
        // No period: nothing before it, so each account opens at zero and its detail block runs to the same closing.
        Assert.All(ledger.Accounts, a =>
        {
            Assert.Equal(0m, a.Opening);
            Assert.Equal(a.Closing, ledger.Details[a.Account].Closing);
        });
    }

    [Fact]
    public async Task The_opening_balance_of_a_later_period_is_the_closing_balance_of_the_earlier()
    {
        var auditor = await app.SignedIn("auditor");
        var cut = await app.InDb(async db =>
        {
            var days = await db.JournalEntries.Select(e => e.BookedOn).Distinct().OrderBy(d => d).ToListAsync();
            return days[days.Count / 2];
        });
        var start = cut.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var first = ExportsKit.ReadLedger(await auditor.ExportAsync($"what=AccountLedger&to={cut:yyyy-MM-dd}"));
        var second = ExportsKit.ReadLedger(await auditor.ExportAsync($"what=AccountLedger&from={start}"));

        Assert.True(second.Accounts.Any(a => a.Opening != 0 && (a.Debits != 0 || a.Credits != 0)), "no account carries a balance into a period with movements");
        var opened = second.Accounts.ToDictionary(a => a.Account);
        Assert.All(first.Accounts, a => Assert.Equal(a.Closing, opened[a.Account].Opening));
        Assert.All(second.Accounts.Where(a => !first.Accounts.Any(f => f.Account == a.Account)), a => Assert.Equal(0m, a.Opening));
        Assert.All(second.Accounts.Where(a => second.Details.ContainsKey(a.Account)), a => Assert.Equal(a.Opening, second.Details[a.Account].Opening));
    }

    [Fact]
    public async Task A_township_accountants_account_ledger_and_journal_hold_their_township_only()
    {
        var own = await app.TownshipAccountsAsync(await app.TownshipId(DemoData.OwnTownship));
        var accountant = await app.SignedIn("accountant1");

        var ledger = ExportsKit.ReadLedger(await accountant.ExportAsync("what=AccountLedger"));
        var journal = JournalAccounts(await accountant.ExportAsync("what=Journal"));

        Assert.NotEmpty(own);
        Assert.Equal(own.Order(StringComparer.Ordinal), ledger.Accounts.Select(a => a.Account));
        Assert.True(own.SetEquals(journal), $"journal accounts: {string.Join(", ", journal.Except(own))}");
        Assert.Contains(own, a => a.StartsWith("request:", StringComparison.Ordinal));
        Assert.DoesNotContain(ledger.Accounts, a => a.Account.StartsWith("pool:", StringComparison.Ordinal) || a.Account.StartsWith("source:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_township_accountant_naming_another_townships_ids_gets_404_and_a_payee_elsewhere_gets_an_empty_ledger()
    {
        var accountant = await app.SignedIn("accountant1");
        var otherTownship = await app.TownshipId(DemoData.OtherTownship);
        var (otherProject, otherPayee) = await app.InDb(async db =>
        {
            var project = await db.Projects.Where(p => p.TownshipId == otherTownship).Select(p => p.Id).FirstAsync();
            var payee = await db.Requests.Where(r => r.TownshipId == otherTownship && r.PayeeName != null).Select(r => r.PayeeName!).FirstAsync();
            return (project, payee);
        });
        var pool = await app.InDb(db => db.Pools.Select(p => p.Id).FirstAsync());

        foreach (var query in new[] { $"township={otherTownship}", $"project={otherProject}", $"pool={pool}" })
        {
            using var response = await accountant.GetAsync($"/exports?run=true&what=Journal&{query}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{query}: {(int)response.StatusCode}");
            using var queued = await accountant.PostWithToken($"/exports?what=Journal&{query}", new Dictionary<string, string>(), "/exports");
            Assert.True(queued.StatusCode == HttpStatusCode.NotFound, $"POST {query}: {(int)queued.StatusCode}");
        }

        // A payee's name is text, not an id: it matches nothing outside the accountant's township, so the ledger is empty.
        var own = await app.TownshipAccountsAsync(await app.TownshipId(DemoData.OwnTownship));
        var ledger = ExportsKit.ReadLedger(await accountant.ExportAsync($"what=AccountLedger&payee={Uri.EscapeDataString(otherPayee)}"));
        Assert.All(ledger.Accounts, a => Assert.Contains(a.Account, own));
    }

    [Fact]
    public async Task A_project_filter_gives_the_projects_funds_and_its_requests_and_a_pdf_of_them()
    {
        var auditor = await app.SignedIn("auditor");
        var project = await app.InDb(db => db.Requests.Where(r => r.ApprovedAt != null).Select(r => r.ProjectId).FirstAsync());

        var ledger = ExportsKit.ReadLedger(await auditor.ExportAsync($"what=AccountLedger&project={project}"));
        using var pdf = await auditor.GetAsync($"/exports?run=true&what=AccountLedger&format=Pdf&project={project}");

        Assert.Contains($"project:{project}:funds", ledger.Accounts.Select(a => a.Account));
        Assert.All(ledger.Accounts, a => Assert.True(
            a.Account == $"project:{project}:funds" || AccountOwner.Parse(a.Account).Kind is AccountKind.RequestPayable or AccountKind.RequestPaid, a.Account));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = document.GetPage(1).Text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("明细分类账", text, StringComparison.Ordinal);
        Assert.Contains($"project:{project}:funds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reversed_period_is_refused_on_the_form_and_an_assessor_may_not_export()
    {
        var auditor = await app.SignedIn("auditor");
        var assessor = await app.SignedIn("assessor");

        var page = await auditor.GetPage("/exports?run=true&what=Journal&from=2026-06-01&to=2026-01-01");
        using var refused = await assessor.GetAsync("/exports");

        Assert.Contains("截止日期早于起始日期", page.QuerySelector("[data-testid=form-errors]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static HashSet<string> JournalAccounts(byte[] xlsx)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = book.Worksheet(1);
        var last = sheet.LastRowUsed()!.RowNumber();
        return Enumerable.Range(4, last - 4).Select(r => sheet.Cell(r, 5).GetString()).ToHashSet();
    }
}

[Collection(OnSqlite.Name)]
public sealed class ExportsOnSqlite(SqliteApp app) : ExportsTests(app);

[Collection(OnPostgres.Name)]
public sealed class ExportsOnPostgres(PostgresApp app) : ExportsTests(app);
