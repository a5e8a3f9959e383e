using Grants.Domain;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Grants.Reports;
using Grants.Reports.Settlement;
using Grants.Reports.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// The county-wide files of a paid settlement: the summary PDF, the settlement workbook and the bank payment list
/// (from the payouts as made). Each is written once per round; a re-run finds it and writes nothing.
/// </summary>
public sealed class SettlementCountyFiles(GrantsDbContext db, FileStore files, DocumentSettings documents, TimeProvider clock)
{
    public const string SummaryPdf = "季度结账汇总表.pdf";
    public const string Workbook = "季度结账汇总表.xlsx";
    public const string PaymentList = "支付清单.xlsx";

    public static IReadOnlyList<string> Names { get; } = [SummaryPdf, Workbook, PaymentList];

    public async Task<int> WriteAsync(int settlementId, CancellationToken ct)
    {
        var settlement = await db.Settlements.AsNoTracking().SingleAsync(s => s.Id == settlementId, ct);
        if (settlement.Status is not (SettlementStatus.Paid or SettlementStatus.Issued))
        {
            return 0;
        }

        var written = await db.SettlementFiles.Where(f => f.SettlementId == settlementId && f.Round == settlement.Round)
            .Select(f => f.Name).ToListAsync(ct);
        var missing = Names.Except(written).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var report = await ReportAsync(settlementId, ct);
        foreach (var name in missing)
        {
            using var buffer = new MemoryStream();
            switch (name)
            {
                case SummaryPdf:
                    buffer.Write(new SettlementSummaryDocument(report).Render());
                    break;
                case Workbook:
                    await SettlementWorkbook.WriteAsync(report, buffer, ct);
                    break;
                default:
                    await PaymentListWorkbook.WriteAsync(await PaymentsAsync(settlement, ct), buffer, ct);
                    break;
            }

            buffer.Position = 0;
            var blob = await files.SaveGeneratedAsync(buffer, ContentTypes.Of(name), ct);
            await db.RecordAsync(blob, clock.GetUtcNow(), "settlement", ct);
            db.SettlementFiles.Add(new SettlementFile(settlement, name, blob.Sha256, blob.Size, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear(); // another worker wrote it a moment ago
            }
        }

        return missing.Count;
    }

    private async Task<SettlementReport> ReportAsync(int settlementId, CancellationToken ct)
    {
        var facts = await SettlementFacts.LoadAsync(db, settlementId, townshipId: null, ct);
        var s = facts.Settlement;
        var criteria = facts.Criteria();
        return new SettlementReport(
            documents.Issuer.County, documents.Issuer.Name, s.Quarter.ToString(), s.Quarter.ChineseName,
            ChinaTime.DateOf(s.ConfirmedAt!.Value), s.ReviewedBy ?? "", s.ConfirmedBy ?? "",
            criteria, [.. facts.Lines.Select(l => facts.Result(l, criteria))], s.SnapshotHash);
    }

    private async Task<PaymentList> PaymentsAsync(QuarterSettlement settlement, CancellationToken ct)
    {
        var payouts = await db.AwardPayouts.AsNoTracking()
            .Where(p => p.SettlementId == settlement.Id && p.Round == settlement.Round && p.ReversedAt == null)
            .OrderBy(p => p.TownshipId).ThenBy(p => p.Id).ToListAsync(ct);
        return new PaymentList(
            $"{settlement.Quarter.ChineseName}以奖代补奖励资金支付清单", documents.Issuer.Name, documents.PayerAccount, documents.PayerBank,
            ChinaTime.Today(clock),
            [.. payouts.Select((p, i) => new PaymentLine(i + 1, p.PayeeName, p.PayeeBank, p.PayeeAccount, p.Amount,
                $"{settlement.Quarter.ChineseName}以奖代补奖励（{GradeText.Of(p.Grade)}）", $"JS{settlement.Quarter}-{p.Id:D6}"))]);
    }
}

internal static class ContentTypes
{
    public static string Of(string name) => Path.GetExtension(name) switch
    {
        ".pdf" => "application/pdf",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
