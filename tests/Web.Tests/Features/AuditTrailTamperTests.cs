using System.Globalization;
using Grants.Domain.Audit;
using Grants.Infrastructure;
using Grants.Infrastructure.Audit;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.AuditTrailKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// The audit trail and the journal altered by hand in the database: verify exits 1 and names the first broken record,
/// and the auditor's page shows it. Each test puts the rows back. They run on a demo county of their own.
/// </summary>
public abstract class AuditTrailTamperTests(LedgerTamperApp app)
{
    [Fact]
    public async Task Untouched_verify_exits_0_and_prints_the_head()
    {
        Assert.Equal(0, await VerifyAsync());
        Assert.True((await app.VerifyAuditAsync()).IsOk);
    }

    [Fact]
    public async Task An_audit_record_edited_by_hand_fails_verify_naming_it_and_the_auditors_page_shows_it()
    {
        var sequence = await MiddleAsync();
        var actor = await app.InDb(db => db.AuditRecords.Where(r => r.Sequence == sequence).Select(r => r.Actor).SingleAsync());
        await Sql("""UPDATE "AuditRecords" SET "Actor" = 'mallory' WHERE "Sequence" = {0}""", sequence);
        try
        {
            var result = await app.VerifyAuditAsync();
            var exitCode = await VerifyAsync();
            var page = await (await app.SignedIn("auditor")).GetPage("/audit/verify");

            Assert.Equal((AuditDiscrepancy.Hash, (long?)sequence), (result.Discrepancy?.Key, result.Discrepancy?.Sequence));
            Assert.Equal($"Audit record #{sequence} does not match its hash: it was changed after it was written.", VerifyCommand.Describe(result.Discrepancy!));
            Assert.Equal(1, exitCode);
            Assert.Equal("false", page.QuerySelector("[data-testid=audit-verify]")!.GetAttribute("data-ok"));
            Assert.Contains($"#{sequence}", page.Text("[data-testid=verify-discrepancy]"), StringComparison.Ordinal);
            Assert.Contains($"before={sequence + 1}", page.QuerySelector("[data-testid=broken-record]")!.GetAttribute("href"), StringComparison.Ordinal);
        }
        finally
        {
            await Sql("""UPDATE "AuditRecords" SET "Actor" = {0} WHERE "Sequence" = {1}""", actor, sequence);
        }

        Assert.Equal(0, await VerifyAsync());
    }

    [Fact]
    public async Task A_deleted_audit_record_fails_verify_naming_the_gap()
    {
        var sequence = await MiddleAsync();
        await WithoutRowAsync("AuditRecords", "Sequence", sequence, async () =>
        {
            var result = await app.VerifyAuditAsync();

            Assert.Equal(AuditDiscrepancy.Gap, result.Discrepancy?.Key);
            Assert.StartsWith($"Audit record #{sequence} is missing (deleted)", VerifyCommand.Describe(result.Discrepancy!), StringComparison.Ordinal);
            Assert.Equal(1, await VerifyAsync());
        });

        Assert.Equal(0, await VerifyAsync());
    }

    [Fact]
    public async Task A_journal_description_edited_by_hand_fails_verify_naming_the_entry_and_the_record_that_posted_it()
    {
        var entryId = await app.InDb(db => db.JournalEntries.OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());
        var posted = Assert.Single(await app.RecordsAsync(r => r.EntityType == "JournalEntry" && r.Action == AuditActions.Added && r.EntityId == Id(entryId)));
        const string alter = """UPDATE "JournalEntries" SET "Description" = "Description" || {0} WHERE "Id" = {1}""";
        await Sql(alter, "（改）", entryId);
        try
        {
            var result = await app.VerifyAuditAsync();

            Assert.Equal((AuditDiscrepancy.JournalEntryDiffers, (long?)posted.Sequence), (result.Discrepancy?.Key, result.Discrepancy?.Sequence));
            var text = VerifyCommand.Describe(result.Discrepancy!);
            Assert.StartsWith($"Journal entry #{entryId} does not match audit record #{posted.Sequence} that posted it: Description was ", text, StringComparison.Ordinal);
            Assert.EndsWith("（改）\".", text, StringComparison.Ordinal);
            Assert.Equal(1, await VerifyAsync());
        }
        finally
        {
            await Sql("""UPDATE "JournalEntries" SET "Description" = {0} WHERE "Id" = {1}""",
                System.Text.Json.JsonDocument.Parse(posted.Changes!).RootElement.GetProperty("Description").GetString()!, entryId);
        }

        Assert.Equal(0, await VerifyAsync());
    }

    [Fact]
    public async Task A_deleted_journal_line_fails_verify_naming_the_line_and_the_record_that_posted_it()
    {
        var lineId = await app.InDb(db => db.JournalLines.OrderBy(l => l.Id).Select(l => l.Id).Skip(3).FirstAsync());
        var posted = Assert.Single(await app.RecordsAsync(r => r.EntityType == "JournalLine" && r.Action == AuditActions.Added && r.EntityId == Id(lineId)));
        await WithoutRowAsync("JournalLines", "Id", lineId, async () =>
        {
            var result = await app.VerifyAuditAsync();

            Assert.Equal((AuditDiscrepancy.JournalLineDeleted, (long?)posted.Sequence), (result.Discrepancy?.Key, result.Discrepancy?.Sequence));
            Assert.Equal($"Journal line #{lineId}, posted by audit record #{posted.Sequence}, is missing.", VerifyCommand.Describe(result.Discrepancy!));
            Assert.Equal(1, await VerifyAsync()); // the ledger sees the unbalanced entry first
        });

        Assert.Equal(0, await VerifyAsync());
    }

    [Fact]
    public async Task A_journal_entry_inserted_by_hand_has_no_record_and_fails_verify()
    {
        await Sql("""
            INSERT INTO "JournalEntries" ("Kind", "BookedOn", "Description", "Source", "PostedAt", "PostedBy")
            SELECT "Kind", "BookedOn", 'inserted by hand', 'tampered', "PostedAt", 'audit-tamperer' FROM "JournalEntries" WHERE "Id" = (SELECT MIN("Id") FROM "JournalEntries")
            """);
        try
        {
            var inserted = await app.InDb(db => db.JournalEntries.Where(e => e.PostedBy == "audit-tamperer").Select(e => e.Id).SingleAsync());
            var result = await app.VerifyAuditAsync();

            Assert.Equal(AuditDiscrepancy.JournalEntryUnrecorded, result.Discrepancy?.Key);
            Assert.Equal($"Journal entry #{inserted} has no audit record: it was not posted through the application.", VerifyCommand.Describe(result.Discrepancy!));
        }
        finally
        {
            await Sql("""DELETE FROM "JournalEntries" WHERE "PostedBy" = 'audit-tamperer'""");
        }
    }

    [Fact]
    public async Task A_head_noted_earlier_catches_the_newest_records_cut_off()
    {
        var head = await app.InDb(db => db.AuditRecords.OrderByDescending(r => r.Sequence).Select(r => new AuditAnchor(r.Sequence, r.Hash)).FirstAsync());

        Assert.Equal(0, await VerifyAsync("--head", head.ToString()));
        await WithoutRowAsync("AuditRecords", "Sequence", head.Sequence, async () =>
        {
            var cut = await app.InDb(db => new AuditVerifier(db).VerifyAsync(head));

            Assert.True((await app.VerifyAuditAsync()).IsOk); // without the head, a shorter chain still verifies
            Assert.Equal(AuditDiscrepancy.AnchorMissing, cut.Discrepancy?.Key);
            Assert.Equal(1, await VerifyAsync("--head", head.ToString()));
        });
    }

    private Task<long> MiddleAsync() => app.InDb(async db => await db.AuditRecords.MaxAsync(r => r.Sequence) / 2);

    private Task<int> VerifyAsync(params string[] more) =>
        GrantsCli.RunAsync([.. LedgerTests.VerifyArgs(app.Services.GetRequiredService<GrantsSettings>()), .. more]);

    /// <summary>Deletes one row, runs the checks, and puts the row back exactly (copied aside in a table of its own).</summary>
    private async Task WithoutRowAsync(string table, string key, long id, Func<Task> checks)
    {
        var copy = $"tamper_copy_{Guid.NewGuid():N}"[..24];
        await Sql($"""CREATE TABLE "{copy}" AS SELECT * FROM "{table}" WHERE "{key}" = {id.ToString(CultureInfo.InvariantCulture)}""");
        await Sql($"""DELETE FROM "{table}" WHERE "{key}" = {id.ToString(CultureInfo.InvariantCulture)}""");
        try
        {
            await checks();
        }
        finally
        {
            await Sql($"""INSERT INTO "{table}" SELECT * FROM "{copy}" """);
            await Sql($"""DROP TABLE "{copy}" """);
        }
    }

    private Task<int> Sql(string sql, params object[] args) => app.InDb(db => db.Database.ExecuteSqlRawAsync(sql, args));
}

public sealed class AuditTrailTamperOnSqlite(LedgerTamperApp.OnSqlite app) : AuditTrailTamperTests(app), IClassFixture<LedgerTamperApp.OnSqlite>;

public sealed class AuditTrailTamperOnPostgres(LedgerTamperApp.OnPostgres app) : AuditTrailTamperTests(app), IClassFixture<LedgerTamperApp.OnPostgres>;

/// <summary>Every discrepancy verify can report has its words in both languages.</summary>
public sealed class AuditTrailTextTests
{
    [Fact]
    public void Every_audit_discrepancy_has_Chinese_and_English_text()
    {
        foreach (var key in AuditDiscrepancy.Keys)
        {
            Assert.NotNull(Grants.Web.Localization.UiText.Catalogue.Find(key, Grants.Web.Localization.UiText.Chinese));
            Assert.NotNull(Grants.Web.Localization.UiText.Catalogue.Find(key, Grants.Web.Localization.UiText.English));
        }
    }
}
