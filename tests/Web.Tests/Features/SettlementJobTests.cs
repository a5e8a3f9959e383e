using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Settlement;
using Grants.Infrastructure.Storage;
using Grants.Reports;
using Grants.Reports.Settlement;
using Grants.Reports.Workbooks;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>
/// The demo county's 2026Q3 settles end to end through the same steps the jobs take: exactly one payout per rewarded
/// community, awards in the ledger equal the workbook's total, one readable notice per graded community, and a second
/// settle changes nothing. Each engine gets a database of its own: settling is not something other tests may see.
/// </summary>
public abstract class SettlementJobTests(GrantsApp app)
{
    private static readonly Quarter Q3 = new(2026, 3);

    [Fact]
    public async Task The_demo_quarter_settles_once_with_the_ledger_the_workbook_and_every_notice_agreeing()
    {
        Assert.Equal(0, await SettleAsync());

        var settlement = await app.InDb(db => db.Settlements.AsNoTracking().Include(s => s.Lines).SingleAsync(s => s.Quarter == Q3));
        Assert.Equal(SettlementStatus.Issued, settlement.Status);
        var snapshot = await app.InDb(db => db.Settlements.AsNoTracking().Where(s => s.Id == settlement.Id).Select(s => s.Snapshot!.Text).SingleAsync());
        Assert.Equal(settlement.SnapshotHash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot))));
        var rewarded = settlement.Lines.Where(l => l.Award.IsPositive).ToList();
        Assert.InRange(rewarded.Count, 10, settlement.Lines.Count - 1);
        var payouts = await app.InDb(db => db.AwardPayouts.AsNoTracking().Where(p => p.Quarter == Q3 && p.ReversedAt == null).ToListAsync());
        Assert.Equal(rewarded.Select(l => l.CommunityId).Order(), payouts.Select(p => p.CommunityId).Order());
        Assert.Equal(settlement.AwardTotal, payouts.Total(p => p.Amount));

        var awardLines = await app.InDb(db => db.JournalLines.AsNoTracking().Where(l => l.Account.StartsWith("award:")).ToListAsync());
        Assert.Equal(settlement.AwardTotal, awardLines.Total(l => l.Debit) - awardLines.Total(l => l.Credit));
        await app.AssertBooksVerifyAsync();
        Assert.Equal(settlement.AwardTotal.Yuan, await WorkbookAwardTotalAsync(settlement.Id));

        var names = await app.InDb(db => db.Communities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name));
        var notices = await app.InDb(db => db.IssuedNotices.AsNoTracking().Where(n => n.Quarter == Q3).ToListAsync());
        Assert.Equal(settlement.Lines.Sum(l => l.Notices().Count()), notices.Count);
        Assert.Equal(notices.Count, notices.Select(n => (n.CommunityId, n.Kind)).Distinct().Count());
        Assert.Contains(notices, n => n.Kind == NoticeKind.Interview);
        var store = app.Services.GetRequiredService<FileStore>();
        foreach (var notice in notices)
        {
            var line = settlement.Lines.Single(l => l.CommunityId == notice.CommunityId);
            var text = Text(File.ReadAllBytes(store.PathOf(notice.Sha256)));
            Assert.Contains(names[notice.CommunityId], text, StringComparison.Ordinal);
            Assert.Contains(notice.Number, text, StringComparison.Ordinal);
            switch (notice.Kind)
            {
                case NoticeKind.Award:
                    Assert.Contains($"评定为“{GradeText.Of(line.Grade)}村”", text, StringComparison.Ordinal);
                    Assert.Contains(ChineseText.Yuan(line.Award), text, StringComparison.Ordinal);
                    break;
                case NoticeKind.BlackCard:
                    Assert.Contains("评定为“一般村”", text, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Contains("约谈", text, StringComparison.Ordinal);
                    break;
            }
        }

        var before = await CountsAsync();
        Assert.Equal(0, await SettleAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_approver_who_reviewed_cannot_confirm_and_the_settlement_stays_reviewed()
    {
        var q2 = new Quarter(2026, 2);
        var id = await app.InScope(sp => sp.GetRequiredService<SettlementDrafting>().DraftAsync(q2, "test", default));
        await app.InScope(async sp => { await sp.GetRequiredService<SettlementSteps>().ReviewAsync(id, await VersionAsync(id), "approver", default); return 0; });

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            app.InScope(async sp => { await sp.GetRequiredService<SettlementSteps>().ConfirmAsync(id, await VersionAsync(id), "approver", default); return 0; }));

        Assert.Equal("Rule.Settlement.ConfirmerReviewed", refused.Code);
        Assert.Equal(SettlementStatus.Reviewed, await app.InDb(db => db.Settlements.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        Assert.Equal(0, await app.InDb(db => db.AwardPayouts.CountAsync(p => p.SettlementId == id)));
    }

    [Fact]
    public async Task A_quarter_with_scores_missing_or_an_award_pool_too_small_is_refused_with_nothing_written()
    {
        var q4 = new Quarter(2026, 4);
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() =>
            app.InScope(sp => sp.GetRequiredService<SettlementDrafting>().DraftAsync(q4, "test", default)));
        var pilots = await app.InDb(db => db.Communities.CountAsync(c => c.IsPilot));
        Assert.Equal("Rule.Assessment.ScoresMissing", missing.Code);
        Assert.Equal(pilots, missing.Arguments[1]);
        Assert.Contains("城关镇", (string)missing.Arguments[2], StringComparison.Ordinal);

        // Awards of ¥10,000,000 each: far beyond the reserve, and the rules refuse rather than pro-rate. 2026Q2 is fully
        // scored; whether another test has drafted it already or not, the refusal must leave the database as it was.
        var generous = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Grants:Assessment:AdvancedAwardYuan"] = "10000000" }).Build();
        var before = await app.InDb(async db => (await db.Settlements.SumAsync(s => s.Version), await db.SettlementLines.CountAsync()));
        var tooSmall = await Assert.ThrowsAsync<DomainRuleException>(() => app.InScope(sp =>
            new SettlementDrafting(sp.GetRequiredService<Grants.Infrastructure.Data.GrantsDbContext>(), new AssessmentSettings(generous), TimeProvider.System)
                .DraftAsync(new Quarter(2026, 2), "test", default, redraft: true)));
        Assert.Equal("Rule.Assessment.AwardPoolShort", tooSmall.Code);
        Assert.Equal(before, await app.InDb(async db => (await db.Settlements.SumAsync(s => s.Version), await db.SettlementLines.CountAsync())));
        Assert.Equal(0, await app.InDb(db => db.Settlements.CountAsync(s => s.Quarter == q4)));
    }

    [Fact]
    public async Task Two_quarters_of_one_year_never_share_a_notice_number()
    {
        var q2 = await app.InScope(sp => sp.GetRequiredService<SettlementDrafting>().DraftAsync(new Quarter(2026, 2), "test", default));
        var q3 = await app.InScope(sp => sp.GetRequiredService<SettlementDrafting>().DraftAsync(Q3, "test", default));

        var lines = await app.InDb(db => db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == q2 || l.SettlementId == q3).ToListAsync());
        var numbers = lines.SelectMany(l => l.Notices().Select((_, i) => l.NoticeSequence + i)).ToList();
        Assert.Equal(lines.Sum(l => l.Notices().Count()), numbers.Count);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(1, numbers.Min());
    }

    private Task<int> SettleAsync() => app.InScope(sp => SettleCommand.RunAsync(sp, Q3, "clerk", "approver", TextWriter.Null, default));

    private Task<int> VersionAsync(int id) => app.InDb(db => db.Settlements.AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).SingleAsync());

    private Task<(int Entries, int Payouts, int Notices, int Files, int Stored)> CountsAsync() => app.InDb(async db => (
        await db.JournalEntries.CountAsync(), await db.AwardPayouts.CountAsync(), await db.IssuedNotices.CountAsync(),
        await db.SettlementFiles.CountAsync(), await db.StoredFiles.CountAsync()));

    private async Task<decimal> WorkbookAwardTotalAsync(int settlementId)
    {
        var sha = await app.InDb(db => db.SettlementFiles.Where(f => f.SettlementId == settlementId && f.Name == SettlementCountyFiles.Workbook)
            .Select(f => f.Sha256).SingleAsync());
        using var book = new XLWorkbook(app.Services.GetRequiredService<FileStore>().OpenRead(sha));
        var sheet = book.Worksheet(SettlementWorkbook.AwardSheet);
        var total = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == SettlementWorkbook.TotalLabel).Cell(8);
        return total.HasFormula ? Convert.ToDecimal(total.CachedValue, CultureInfo.InvariantCulture) : total.GetValue<decimal>();
    }

    private static string Text(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }
}

public sealed class SettlementJobsOnSqlite(SqliteApp app) : SettlementJobTests(app), IClassFixture<SqliteApp>;

public sealed class SettlementJobsOnPostgres(PostgresApp app) : SettlementJobTests(app), IClassFixture<PostgresApp>;
