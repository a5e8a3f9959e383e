using System.Globalization;
using System.Net;
using Grants.Domain.Ledger;
using Grants.Infrastructure;
using Grants.Infrastructure.Ledger;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>The seeded demo county's books balance, and the finance staff can read them; township accountants cannot.</summary>
public abstract class LedgerTests(GrantsApp app)
{
    [Fact]
    public async Task Verify_passes_on_the_seeded_demo_county_with_its_pools_projects_and_sources()
    {
        var result = await app.InDb(db => new LedgerVerifier(db).VerifyAsync());

        Assert.True(result.IsOk, result.Discrepancy is { } d ? VerifyCommand.Describe(d) : "");
        Assert.Equal(result.TotalDebits, result.TotalCredits);
        Assert.True(result.Counts.Pools >= 2 && result.Counts.Projects >= 24 && result.Counts.Entries >= 40, $"{result.Counts}");
        var kinds = await app.InDb(db => db.JournalEntries.Select(e => e.Kind).Distinct().ToListAsync());
        Assert.Superset(new HashSet<JournalKind> { JournalKind.PoolReceipt, JournalKind.Allocation, JournalKind.Reservation, JournalKind.CarryForward }, kinds.ToHashSet());
        var levels = await app.InDb(db => db.PoolReceipts.Select(r => r.Level).Distinct().CountAsync());
        Assert.Equal(4, levels);
    }

    [Fact]
    public async Task The_verify_command_exits_0_on_the_demo_county()
    {
        Assert.Equal(0, await GrantsCli.RunAsync(VerifyArgs(app.Services.GetRequiredService<GrantsSettings>())));
    }

    [Fact]
    public async Task The_trial_balance_shows_equal_totals_and_a_passed_verification_to_the_clerk()
    {
        var clerk = await app.SignedIn("clerk");

        var page = await clerk.GetPage("/ledger/trialbalance");

        var debits = page.Text("[data-testid=total-debits]");
        Assert.Equal(debits, page.Text("[data-testid=total-credits]"));
        Assert.NotEqual("¥0.00", debits);
        Assert.Equal("true", page.QuerySelector("[data-testid=balance-banner]")!.GetAttribute("data-balanced"));
        Assert.Equal("true", page.QuerySelector("[data-testid=verify]")!.GetAttribute("data-ok"));
        foreach (var group in new[] { "Pools", "Projects", "Sources" })
        {
            Assert.NotEmpty(page.QuerySelectorAll($"[data-group={group}] tr[data-account]"));
        }
    }

    [Theory]
    [InlineData("accountant1", HttpStatusCode.Forbidden)]
    [InlineData("assessor", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("approver", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task The_ledger_opens_for_county_finance_auditors_and_administrators_only(string user, HttpStatusCode expected)
    {
        var client = await app.SignedIn(user);

        foreach (var url in new[] { "/ledger/trialbalance", "/ledger/journal", "/ledger/entry/1" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(expected == response.StatusCode, $"{user} GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_journal_filtered_by_kind_and_account_shows_only_those_entries()
    {
        var clerk = await app.SignedIn("clerk");
        var projectId = await app.InDb(db => db.PoolAllocations.OrderBy(a => a.Id).Select(a => a.ProjectId).FirstAsync());
        var account = LedgerAccount.ProjectFunds(projectId).Code;

        var receipts = await clerk.GetPage("/ledger/journal?kind=PoolReceipt&pageSize=200");
        var ofProject = await clerk.GetPage($"/ledger/journal?account={account}&from=2025-01-01&to=2026-12-31&pageSize=200");

        var kinds = receipts.QuerySelectorAll("[data-testid=journal] [data-kind]").Select(k => k.GetAttribute("data-kind")).ToList();
        Assert.True(kinds.Count >= 10, $"{kinds.Count} receipts shown");
        Assert.All(kinds, k => Assert.Equal(nameof(JournalKind.PoolReceipt), k));
        var shown = ofProject.QuerySelectorAll("[data-testid=journal] tbody tr[data-id]")
            .Select(r => long.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).ToList();
        var expected = await app.InDb(db => db.JournalLines.Where(l => l.Account == account).Select(l => l.EntryId).ToListAsync());
        Assert.NotEmpty(shown);
        Assert.Subset(expected.ToHashSet(), shown.ToHashSet());
    }

    [Fact]
    public async Task An_entry_page_shows_its_balanced_lines()
    {
        var auditor = await app.SignedIn("auditor");
        var id = await app.InDb(db => db.JournalEntries.Where(e => e.Kind == JournalKind.PoolReceipt).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());

        var page = await auditor.GetPage($"/ledger/entry/{id}");

        Assert.Equal(2, page.QuerySelectorAll("[data-testid=entry-lines] tbody tr").Length);
        var totals = page.QuerySelectorAll("[data-testid=entry-lines] tfoot td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(totals[1], totals[2]);
    }

    internal static string[] VerifyArgs(GrantsSettings settings) => settings.Engine == DatabaseEngine.Sqlite
        ? ["verify", "--data", settings.DataDirectory]
        : ["verify", "--db", "postgres", "--connection", settings.ConnectionString];
}

[Collection(OnSqlite.Name)]
public sealed class LedgerOnSqlite(SqliteApp app) : LedgerTests(app);

[Collection(OnPostgres.Name)]
public sealed class LedgerOnPostgres(PostgresApp app) : LedgerTests(app);
