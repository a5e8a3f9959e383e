using System.Globalization;
using System.Runtime.CompilerServices;
using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Reports.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Exports;

/// <summary>
/// Writes one export of the ledger a <see cref="ScopedLedger"/> may see — 日记账 or 明细分类账, workbook or PDF — for a
/// download now or for a background job. Workbooks stream: lines go from the database reader to the zip writer one
/// at a time. A PDF holds at most <see cref="MaxPdfLines"/> lines, as the journal page's does.
/// </summary>
public sealed class LedgerExportWriter(GrantsDbContext db, ScopedLedger ledger)
{
    public const int MaxPdfLines = Ledger.JournalExportQuery.MaxPdfLines;

    private const int ProgressEvery = 10_000;

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Pdf => FileKinds.Pdf,
        ExportFormat.Zip => EvidencePack.ContentType,
        _ => XlsxType,
    };

    public static string FileName(LedgerSelection s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var what = s.Kind == ExportKind.Journal ? "日记账" : "明细分类账";
        return $"{what}_{Day(s.From, "起")}_{Day(s.To, "止")}{(s.Format == ExportFormat.Pdf ? ".pdf" : ".xlsx")}";
    }

    /// <summary>The journal lines the selection holds (in its period, of its accounts, within the scope).</summary>
    public Task<long> CountAsync(LedgerSelection s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ledger.Lines(s.Accounts, s.From, s.To).LongCountAsync(ct);
    }

    /// <param name="progress">Told how many lines are written, every few thousand; null when nobody watches.</param>
    public async Task WriteAsync(LedgerSelection s, Stream output, Func<long, Task>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        // The sums, the names and the lines all read one committed state, so the ledger reconciles as printed.
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        var heading = await new ExportHeading(db, ledger).ForAsync(s, ct);
        if (s.Kind == ExportKind.Journal)
        {
            var lines = Counted(Journal(s, ct), progress, s.Format, ct);
            if (s.Format == ExportFormat.Xlsx)
            {
                await LedgerWorkbook.WriteAsync(heading, lines, output, ct);
            }
            else
            {
                await output.WriteAsync(new JournalDocument(heading).Render(await lines.ToListAsync(ct)), ct);
            }

            return;
        }

        var accounts = await AccountsAsync(s, ct);
        var movements = Counted(Movements(s, ct), progress, s.Format, ct);
        if (s.Format == ExportFormat.Xlsx)
        {
            await AccountLedgerWorkbook.WriteAsync(heading, accounts, movements, output, ct);
        }
        else
        {
            await output.WriteAsync(new AccountLedgerDocument(heading).Render(accounts, await movements.ToListAsync(ct)), ct);
        }
    }

    private async Task<IReadOnlyList<AccountSummary>> AccountsAsync(LedgerSelection s, CancellationToken ct)
    {
        var sums = await ledger.SumsAsync(s.Accounts, s.From, s.To, ct);
        var name = await new AccountNames(db).ForAsync(sums.Select(a => a.Account).ToList(), ct);
        return sums.Select(a => new AccountSummary(
            a.Account, name(a.Account), !AccountOwner.Parse(a.Account).IsSource,
            a.OpeningDebits.Yuan, a.OpeningCredits.Yuan, a.Debits.Yuan, a.Credits.Yuan)).ToList();
    }

    private async IAsyncEnumerable<LedgerLine> Journal(LedgerSelection s, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var l in ledger.Journal(s.Accounts, s.From, s.To).WithCancellation(ct))
        {
            yield return new LedgerLine(l.EntryId, l.BookedOn, Kind(l.Kind), l.Description, l.Account, l.Debit.Yuan, l.Credit.Yuan, l.Source);
        }
    }

    private async IAsyncEnumerable<AccountMovement> Movements(LedgerSelection s, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var l in ledger.Movements(s.Accounts, s.From, s.To).WithCancellation(ct))
        {
            yield return new AccountMovement(l.Account, l.EntryId, l.BookedOn, Kind(l.Kind), l.Description, l.Debit.Yuan, l.Credit.Yuan);
        }
    }

    /// <summary>Counts lines as they pass, reports progress, and stops a PDF that would grow past its cap.</summary>
    private static async IAsyncEnumerable<T> Counted<T>(
        IAsyncEnumerable<T> items, Func<long, Task>? progress, ExportFormat format, [EnumeratorCancellation] CancellationToken ct)
    {
        long count = 0;
        await foreach (var item in items.WithCancellation(ct))
        {
            if (++count > MaxPdfLines && format == ExportFormat.Pdf)
            {
                throw new DomainRuleException("Exports.PdfTooLarge", MaxPdfLines.ToString("N0", CultureInfo.InvariantCulture));
            }

            yield return item;
            if (progress is not null && count % ProgressEvery == 0)
            {
                await progress(count);
            }
        }
    }

    // Cached: the kind's name is looked up per line, a million times for a large export.
    private static readonly Dictionary<Domain.Ledger.JournalKind, string> KindNames =
        Enum.GetValues<Domain.Ledger.JournalKind>().ToDictionary(k => k, k => AccountNames.Text($"JournalKind.{k}"));

    private static string Kind(Domain.Ledger.JournalKind kind) => KindNames.GetValueOrDefault(kind, kind.ToString());

    private static string Day(DateOnly? day, string open) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? open;
}
