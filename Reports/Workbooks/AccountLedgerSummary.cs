using SpreadCheetah;

namespace Grants.Reports.Workbooks;

/// <summary>
/// The 科目余额表 sheet's rows: one per account, then the totals. Opening and closing balances are not totalled —
/// they are read on each account's own side — but the period's and the cumulative debits and credits are.
/// </summary>
internal static class AccountLedgerSummary
{
    public const string TotalLabel = "合计";

    public static async Task WriteAsync(Spreadsheet book, LedgerStyles styles, IReadOnlyList<AccountSummary> accounts, CancellationToken ct)
    {
        var row = new Cell[AccountLedgerWorkbook.SummaryHeaders.Count];
        foreach (var a in accounts)
        {
            row[0] = new Cell(a.Account);
            row[1] = new Cell(a.Name);
            row[2] = new Cell(a.Direction);
            row[3] = new Cell(a.Opening, styles.Yuan);
            row[4] = new Cell(a.Debits, styles.Yuan);
            row[5] = new Cell(a.Credits, styles.Yuan);
            row[6] = new Cell(a.Closing, styles.Yuan);
            row[7] = new Cell(a.CumulativeDebits, styles.Yuan);
            row[8] = new Cell(a.CumulativeCredits, styles.Yuan);
            await book.AddRowAsync(row, ct).ConfigureAwait(false);
        }

        var first = AccountLedgerWorkbook.HeaderRows + 1;
        var last = first + accounts.Count - 1;
        Cell Sum(char column, decimal value) => accounts.Count == 0
            ? new Cell(value, styles.TotalYuan)
            : new Cell(new Formula($"SUM({column}{first}:{column}{last})"), value, styles.TotalYuan);

        // Summed as printed: each figure is already whole fen, so the total equals the sum of the printed cells.
        await book.AddRowAsync(
        [
            new Cell(TotalLabel, styles.Total), new Cell("", styles.Total), new Cell("", styles.Total), new Cell("", styles.Total),
            Sum('E', accounts.Sum(a => a.Debits)), Sum('F', accounts.Sum(a => a.Credits)), new Cell("", styles.Total),
            Sum('H', accounts.Sum(a => a.CumulativeDebits)), Sum('I', accounts.Sum(a => a.CumulativeCredits)),
        ], ct).ConfigureAwait(false);
    }
}
