using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Grants.Reports.Workbooks;

/// <summary>
/// Streams the account ledger (明细分类账) to XLSX. Sheet "科目余额表": per account the opening balance, the period's
/// debits and credits, the closing balance and the cumulative debits and credits, with a totals row (合计) — the
/// cumulative totals are the trial balance at the period's end. Then "明细账": per account an opening row, every
/// movement with its running balance, and a closing row (本期合计); a ledger longer than a sheet goes on in
/// "明细账(2)" and so on. Movements are written as they arrive; only the accounts' summaries are held.
/// A ledger that does not reconcile throws and the workbook is never finished: the caller discards the stream.
/// </summary>
public static class AccountLedgerWorkbook
{
    public const string SummarySheet = "科目余额表";
    public const string DetailSheet = "明细账";
    public const string OpeningLabel = "期初余额";
    public const string ClosingLabel = "本期合计";

    public static IReadOnlyList<string> SummaryHeaders { get; } = ["科目", "科目名称", "方向", "期初余额", "本期借方", "本期贷方", "期末余额", "累计借方", "累计贷方"];

    public static IReadOnlyList<string> DetailHeaders { get; } = ["科目", "科目名称", "记账日期", "凭证号", "类型", "摘要", "借方", "贷方", "方向", "余额"];

    /// <summary>Rows above the first account on every sheet: title, period, column headers.</summary>
    public const int HeaderRows = 3;

    /// <summary>Excel's row limit.</summary>
    public const int SheetRows = 1_048_576;

    private static readonly double[] SummaryWidths = [22, 36, 6, 16, 16, 16, 16, 16, 16];
    private static readonly double[] DetailWidths = [22, 30, 12, 10, 12, 40, 16, 16, 6, 16];

    public static Task WriteAsync(
        LedgerHeading heading, IReadOnlyList<AccountSummary> accounts, IAsyncEnumerable<AccountMovement> movements, Stream output, CancellationToken ct = default) =>
        WriteAsync(heading, accounts, movements, output, SheetRows, ct);

    /// <param name="rowsPerSheet">Where a detail sheet ends and the next begins: Excel's limit, or less to test the break.</param>
    public static async Task WriteAsync(
        LedgerHeading heading, IReadOnlyList<AccountSummary> accounts, IAsyncEnumerable<AccountMovement> movements, Stream output, int rowsPerSheet, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, HeaderRows + 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowsPerSheet, SheetRows);
        var reconciler = new AccountReconciler(accounts);
        if (accounts.Count > SheetRows - HeaderRows - 1)
        {
            throw new ReportModelException($"{accounts.Count:N0} accounts are more than one summary sheet holds.");
        }

        await using var book = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct).ConfigureAwait(false);
        var styles = new LedgerStyles(book);
        await StartSheetAsync(book, styles, SummarySheet, heading, SummaryHeaders, SummaryWidths, ct).ConfigureAwait(false);
        await AccountLedgerSummary.WriteAsync(book, styles, accounts, ct).ConfigureAwait(false);

        var detail = new DetailWriter(book, styles, heading, rowsPerSheet);
        await detail.StartAsync(ct).ConfigureAwait(false);
        await foreach (var movement in movements.WithCancellation(ct).ConfigureAwait(false))
        {
            var previous = reconciler.Current;
            if (reconciler.Take(movement) is { } opened)
            {
                if (previous is not null)
                {
                    await detail.ClosingAsync(previous, ct).ConfigureAwait(false);
                }

                await detail.OpeningAsync(opened, ct).ConfigureAwait(false);
            }

            await detail.MovementAsync(movement, reconciler.Current!, reconciler.Balance, ct).ConfigureAwait(false);
        }

        var last = reconciler.Current;
        reconciler.Finish();
        if (last is not null)
        {
            await detail.ClosingAsync(last, ct).ConfigureAwait(false);
        }

        await book.FinishAsync(ct).ConfigureAwait(false);
    }

    internal static async Task StartSheetAsync(
        Spreadsheet book, LedgerStyles styles, string name, LedgerHeading heading, IReadOnlyList<string> headers, double[] widths, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = HeaderRows };
        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }

        await book.StartWorksheetAsync(name, options, ct).ConfigureAwait(false);
        await book.AddRowAsync([new Cell(heading.Title, styles.Title)], ct).ConfigureAwait(false);
        var period = new Cell[headers.Count];
        Array.Fill(period, new Cell(""));
        (period[0], period[^1]) = (new Cell(heading.Period), new Cell("金额单位：元"));
        await book.AddRowAsync(period, ct).ConfigureAwait(false);
        await book.AddHeaderRowAsync(headers.ToArray(), styles.Header, ct).ConfigureAwait(false);
    }

    /// <summary>The detail sheets: one row buffer reused for every movement, a new sheet when one is full.</summary>
    private sealed class DetailWriter(Spreadsheet book, LedgerStyles styles, LedgerHeading heading, int rowsPerSheet)
    {
        private readonly Cell[] row = new Cell[DetailHeaders.Count];
        private int sheets;

        public Task StartAsync(CancellationToken ct)
        {
            sheets++;
            var name = sheets == 1 ? DetailSheet : $"{DetailSheet}({sheets})";
            return StartSheetAsync(book, styles, name, heading, DetailHeaders, DetailWidths, ct);
        }

        public Task OpeningAsync(AccountSummary account, CancellationToken ct) =>
            WriteAsync(account, account.Name, null, OpeningLabel, null, null, account.Opening, styles.Text, styles.Yuan, ct);

        public Task MovementAsync(AccountMovement m, AccountSummary account, decimal balance, CancellationToken ct)
        {
            row[2] = new Cell(m.BookedOn.ToDateTime(TimeOnly.MinValue), styles.Date);
            row[3] = new Cell(m.EntryId);
            row[4] = new Cell(m.Kind);
            return WriteAsync(account, "", m, m.Description, m.Debit, m.Credit, balance, null, styles.Yuan, ct);
        }

        public Task ClosingAsync(AccountSummary account, CancellationToken ct) =>
            WriteAsync(account, "", null, ClosingLabel, account.Debits, account.Credits, account.Closing, styles.Total, styles.TotalYuan, ct);

        private async Task WriteAsync(
            AccountSummary account, string name, AccountMovement? movement, string description, decimal? debit, decimal? credit, decimal balance,
            StyleId? text, StyleId yuan, CancellationToken ct)
        {
            if (book.NextRowNumber > rowsPerSheet)
            {
                await StartAsync(ct).ConfigureAwait(false);
            }

            row[0] = new Cell(account.Account, text);
            row[1] = new Cell(name, text);
            if (movement is null)
            {
                (row[2], row[3], row[4]) = (new Cell("", text), new Cell("", text), new Cell("", text));
            }

            row[5] = new Cell(description, text);
            row[6] = debit is { } d ? new Cell(d, yuan) : new Cell("", text);
            row[7] = credit is { } c ? new Cell(c, yuan) : new Cell("", text);
            row[8] = new Cell(account.Direction, text);
            row[9] = new Cell(balance, yuan);
            await book.AddRowAsync(row, ct).ConfigureAwait(false);
        }
    }
}

/// <summary>The styles both sheets share.</summary>
internal sealed class LedgerStyles(Spreadsheet book)
{
    private const string YuanFormat = "#,##0.00";

    private static readonly Border Thin = new()
    {
        Top = new EdgeBorder { BorderStyle = BorderStyle.Thin },
        Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin },
    };

    public StyleId Title { get; } = book.AddStyle(new Style { Font = { Bold = true, Size = 14 } });

    public StyleId Header { get; } = book.AddStyle(new Style
    {
        Font = { Bold = true },
        Fill = { Color = System.Drawing.Color.FromArgb(0xD9, 0xE1, 0xF2) },
        Alignment = { Horizontal = HorizontalAlignment.Center },
        Border = Thin,
    });

    public StyleId Text { get; } = book.AddStyle(new Style { Font = { Italic = true } });

    public StyleId Date { get; } = book.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });

    public StyleId Yuan { get; } = book.AddStyle(new Style { Format = NumberFormat.Custom(YuanFormat) });

    public StyleId Total { get; } = book.AddStyle(new Style { Font = { Bold = true }, Border = Thin });

    public StyleId TotalYuan { get; } = book.AddStyle(new Style { Font = { Bold = true }, Border = Thin, Format = NumberFormat.Custom(YuanFormat) });
}
