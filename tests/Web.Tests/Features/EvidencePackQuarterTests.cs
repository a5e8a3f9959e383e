using ClosedXML.Excel;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Settlement;
using Grants.Infrastructure.Storage;
using Grants.Reports.Evidence;
using Grants.Reports.Workbooks;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>
/// A quarter's evidence pack, on a database of its own (settling is not something other tests may see): the demo's
/// 2026Q3 settles once, then packs are written for the county, for one township, and after a re-opening.
/// </summary>
public abstract class EvidencePackQuarterTests(GrantsApp app)
{
    private static readonly Quarter Q3 = new(2026, 3);

    private FileStore Store => app.Services.GetRequiredService<FileStore>();

    [Fact]
    public async Task A_settled_quarters_pack_holds_its_round_documents_the_payout_journal_and_every_step_then_a_reopening()
    {
        Assert.Equal(0, await app.InScope(sp => SettleCommand.RunAsync(sp, Q3, "clerk", "approver", TextWriter.Null, default)));
        var settlement = await app.InDb(db => db.Settlements.AsNoTracking().SingleAsync(s => s.Quarter == Q3));
        var notices = await app.InDb(db => db.IssuedNotices.AsNoTracking().Where(n => n.SettlementId == settlement.Id).ToListAsync());

        var county = await app.QuarterPackAsync(Q3, EvidencePackKit.Reader.Auditor);

        county.AssertTrue(Store);
        Assert.Equal(notices.Select(n => n.Sha256).Order(), county.Of(EvidenceKinds.Notice).Select(f => f.Sha256).Order());
        Assert.Equal(SettlementCountyFiles.Names.Order(), county.Of(EvidenceKinds.SettlementFile).Select(f => f.Path["settlement/".Length..]).Order());
        Assert.All(county.Manifest.Files, f => Assert.Equal(EvidenceKinds.Ok, f.Status));
        var journal = Journal(county);
        Assert.Equal(journal.Debits, journal.Credits);
        Assert.Equal(settlement.AwardTotal.Yuan, journal.AwardDebits);
        var trail = county.PdfText(EvidencePack.TrailName);
        Assert.Contains("第1轮开立grantssettle", trail, StringComparison.Ordinal);
        Assert.Contains("第1轮审核clerk", trail, StringComparison.Ordinal);
        Assert.Contains("第1轮确认approver", trail, StringComparison.Ordinal);
        Assert.Contains("奖励拨付完成", trail, StringComparison.Ordinal);
        Assert.Contains("文件印发完成", trail, StringComparison.Ordinal);
        Assert.Contains(settlement.SnapshotHash, trail, StringComparison.Ordinal);

        // A clerk: the county files, not the audit trail's records (the steps are still read from them).
        var clerk = await app.QuarterPackAsync(Q3, EvidencePackKit.Reader.Clerk);
        clerk.AssertTrue(Store);
        Assert.Equal(3, clerk.Of(EvidenceKinds.SettlementFile).Count());
        var clerkTrail = clerk.PdfText(EvidencePack.TrailName);
        Assert.Contains(ApprovalTrailDocument.AuditLeftOut, clerkTrail, StringComparison.Ordinal);
        Assert.Contains("第1轮确认approver", clerkTrail, StringComparison.Ordinal);
        Assert.Equal("omitted", clerk.Manifest.Filter["auditTrail"]);

        // A township accountant: their township's notices and payouts, no county-wide file even when asked.
        var own = await app.TownshipId(DemoData.OwnTownship);
        var township = await app.QuarterPackAsync(Q3, new("accountant1", own, SeesCountyFiles: true));
        township.AssertTrue(Store);
        Assert.Equal(notices.Where(n => n.TownshipId == own).Select(n => n.Sha256).Order(), township.Of(EvidenceKinds.Notice).Select(f => f.Sha256).Order());
        Assert.Empty(township.Of(EvidenceKinds.SettlementFile));
        var ownPayouts = await app.InDb(db => db.AwardPayouts.AsNoTracking().Where(p => p.SettlementId == settlement.Id && p.TownshipId == own).ToListAsync());
        Assert.Equal(ownPayouts.Select(p => $"award:{p.Id}:payable").Order(StringComparer.Ordinal), Journal(township).Accounts.Order(StringComparer.Ordinal));

        var reason = "城关镇东关社区群众评价录入有误，需更正后重新结账";
        await app.InScope(async sp =>
        {
            var steps = sp.GetRequiredService<SettlementSteps>();
            await steps.RequestReopeningAsync(settlement.Id, await VersionAsync(settlement.Id), "admin", reason, default);
            await steps.ApproveReopeningAsync(settlement.Id, await VersionAsync(settlement.Id), "approver", default);
            return 0;
        });

        var reopened = await app.QuarterPackAsync(Q3, EvidencePackKit.Reader.Auditor);
        reopened.AssertTrue(Store);
        Assert.Equal("2", reopened.Manifest.Filter["round"]);
        Assert.Empty(reopened.Of(EvidenceKinds.Notice)); // the second round has issued nothing yet
        var afterReopening = Journal(reopened);
        Assert.Equal((afterReopening.Debits, 0m), (afterReopening.Credits, afterReopening.AwardDebits - afterReopening.AwardCredits));
        Assert.Equal(2 * journal.Lines, afterReopening.Lines);
        var reopenedTrail = reopened.PdfText(EvidencePack.TrailName);
        Assert.Contains($"第1轮申请重新打开admin理由：{reason}", reopenedTrail, StringComparison.Ordinal);
        Assert.Contains($"第2轮同意重新打开approver申请人：admin；理由：{reason}", reopenedTrail, StringComparison.Ordinal);
    }

    private Task<int> VersionAsync(int id) => app.InDb(db => db.Settlements.AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).SingleAsync());

    private sealed record JournalTotals(int Lines, decimal Debits, decimal Credits, decimal AwardDebits, decimal AwardCredits, IReadOnlyList<string> Accounts);

    /// <summary>The 日记账 sheet read back: its lines up to the totals row, which must equal their sums.</summary>
    private static JournalTotals Journal(OpenedPack pack)
    {
        using var book = new XLWorkbook(new MemoryStream(pack.Entries["ledger.xlsx"]));
        var sheet = book.Worksheet(LedgerWorkbook.SheetName);
        var rows = new List<(string Account, decimal Debit, decimal Credit)>();
        var row = LedgerWorkbook.HeaderRows + 1;
        for (; sheet.Cell(row, 1).GetString() != LedgerWorkbook.TotalLabel; row++)
        {
            rows.Add((sheet.Cell(row, 5).GetString(), Yuan(sheet.Cell(row, 6)), Yuan(sheet.Cell(row, 7))));
        }

        var (debits, credits) = (rows.Sum(r => r.Debit), rows.Sum(r => r.Credit));
        Assert.Equal((debits, credits), (Yuan(sheet.Cell(row, 6)), Yuan(sheet.Cell(row, 7))));
        var awards = rows.Where(r => r.Account.StartsWith("award:", StringComparison.Ordinal)).ToList();
        return new JournalTotals(rows.Count, debits, credits, awards.Sum(r => r.Debit), awards.Sum(r => r.Credit),
            [.. awards.Select(r => r.Account).Distinct()]);
    }

    private static decimal Yuan(IXLCell cell) =>
        cell.IsEmpty() ? 0m : cell.HasFormula ? Convert.ToDecimal(cell.CachedValue, System.Globalization.CultureInfo.InvariantCulture) : cell.GetValue<decimal>();
}

public sealed class EvidencePackQuarterOnSqlite(SqliteApp app) : EvidencePackQuarterTests(app), IClassFixture<SqliteApp>;

public sealed class EvidencePackQuarterOnPostgres(PostgresApp app) : EvidencePackQuarterTests(app), IClassFixture<PostgresApp>;
