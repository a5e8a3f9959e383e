using System.Globalization;
using Grants.Infrastructure.Data;
using Grants.Reports.Workbooks;
using Grants.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Ledger;

/// <summary>
/// 日记账导出 for auditors: the journal lines the page's filter selects, as a streamed workbook (any size Excel holds)
/// or as a PDF table (up to <see cref="MaxPdfLines"/> lines — a PDF of the whole county's year is not a document anyone
/// reads; the workbook is).
/// </summary>
public sealed class JournalExportQuery(GrantsDbContext db, IStringLocalizer<Text> text)
{
    public const int MaxPdfLines = 20_000;

    public LedgerHeading Heading(JournalFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var period = $"{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} 至 {filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";
        return new LedgerHeading("以奖代补资金日记账", period);
    }

    public async IAsyncEnumerable<LedgerLine> LinesAsync(JournalFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var rows = (
            from l in db.JournalLines.AsNoTracking()
            join e in JournalQuery.Entries(db, filter) on l.EntryId equals e.Id
            orderby e.Id, l.Id
            select new { e.Id, e.BookedOn, e.Kind, e.Description, l.Account, l.Debit, l.Credit, e.Source }).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            yield return new LedgerLine(r.Id, r.BookedOn, text[$"JournalKind.{r.Kind}"], r.Description, r.Account, r.Debit.Yuan, r.Credit.Yuan, r.Source);
        }
    }

    /// <summary>The PDF, or null when the filter selects more lines than a PDF should hold.</summary>
    public async Task<byte[]?> PdfAsync(JournalFilter filter, CancellationToken ct)
    {
        var count = await (from l in db.JournalLines join e in JournalQuery.Entries(db, filter) on l.EntryId equals e.Id select l.Id).CountAsync(ct);
        if (count > MaxPdfLines)
        {
            return null;
        }

        var lines = new List<LedgerLine>(count);
        await foreach (var line in LinesAsync(filter, ct))
        {
            lines.Add(line);
        }

        return new JournalDocument(Heading(filter)).Render(lines);
    }
}
