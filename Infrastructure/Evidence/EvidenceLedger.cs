using System.Globalization;
using System.Runtime.CompilerServices;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Reports.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// ledger.xlsx of a pack, read through the reader's <see cref="ScopedLedger"/> like every export. A project's is its
/// account ledger (明细分类账: the project's funds and the payable and paid accounts of each of its requests, opening,
/// movements with running balance, closing) — every account the project owns, from its first line. A quarter's is the
/// journal (日记账) of its award payouts and their reversals, every round: each entry's award-payable and pool-reserve
/// lines, so its debits equal its credits. Lines stream from the database into the workbook.
/// </summary>
internal sealed class EvidenceLedger(GrantsDbContext db, ScopedLedger ledger)
{
    public const string FileName = "ledger.xlsx";

    public async Task WriteProjectAsync(ProjectFacts facts, DateOnly today, Stream output, CancellationToken ct)
    {
        var project = facts.Project;
        var filter = new AccountFilter(ProjectId: project.Id);
        var sums = await ledger.SumsAsync(filter, null, null, ct);
        var payees = facts.Requests.ToDictionary(r => r.Id, r => r.PayeeName);
        var accounts = sums.Select(a =>
        {
            var owner = AccountOwner.Parse(a.Account);
            var name = owner.Kind switch
            {
                AccountKind.ProjectFunds => $"项目资金 {project.Name}",
                AccountKind.RequestPayable => $"{EvidenceText.Request(owner.Id)}（待支付）{payees.GetValueOrDefault(owner.Id)}",
                AccountKind.RequestPaid => $"{EvidenceText.Request(owner.Id)}（已支付）{payees.GetValueOrDefault(owner.Id)}",
                _ => a.Account,
            };
            return new AccountSummary(a.Account, name.TrimEnd(), !owner.IsSource, a.OpeningDebits.Yuan, a.OpeningCredits.Yuan, a.Debits.Yuan, a.Credits.Yuan);
        }).ToList();
        var heading = new LedgerHeading($"{project.Name}资金明细分类账", string.Create(CultureInfo.InvariantCulture,
            $"项目 #{project.Id}　{facts.Township}{facts.Community}　自首笔分录 至 {EvidenceText.Day(today)}"));
        await AccountLedgerWorkbook.WriteAsync(heading, accounts, Movements(filter, ct), output, ct);
    }

    public Task WriteQuarterAsync(QuarterFacts facts, Stream output, CancellationToken ct)
    {
        var s = facts.Settlement;
        var payouts = db.AwardPayouts.Where(p => p.SettlementId == s.Id).Select(p => "award-payout:" + p.Id.ToString());
        var entries = db.JournalEntries.Where(e => payouts.Contains(e.Source)).Select(e => e.Id);
        var reversals = db.JournalEntries.Where(e => e.ReversesEntryId != null && entries.Contains(e.ReversesEntryId.Value)).Select(e => e.Id);
        var lines = ledger.Lines(new AccountFilter(), null, null)
            .Where(l => entries.Contains(l.EntryId) || reversals.Contains(l.EntryId))
            .OrderBy(l => l.EntryId).ThenBy(l => l.LineId)
            .AsAsyncEnumerable();
        var heading = new LedgerHeading($"{s.Quarter.ChineseName}以奖代补奖励拨付日记账",
            string.Create(CultureInfo.InvariantCulture, $"季度结账 #{s.Id}（{s.Quarter}）　各轮拨付及重开冲销"));
        return LedgerWorkbook.WriteAsync(heading, Lines(lines, ct), output, ct);
    }

    private async IAsyncEnumerable<AccountMovement> Movements(AccountFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var l in ledger.Movements(filter, null, null).WithCancellation(ct))
        {
            yield return new AccountMovement(l.Account, l.EntryId, l.BookedOn, EvidenceText.Of(l.Kind), l.Description, l.Debit.Yuan, l.Credit.Yuan);
        }
    }

    private static async IAsyncEnumerable<LedgerLine> Lines(IAsyncEnumerable<ScopedLine> lines, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var l in lines.WithCancellation(ct))
        {
            yield return new LedgerLine(l.EntryId, l.BookedOn, EvidenceText.Of(l.Kind), l.Description, l.Account, l.Debit.Yuan, l.Credit.Yuan, l.Source);
        }
    }
}
