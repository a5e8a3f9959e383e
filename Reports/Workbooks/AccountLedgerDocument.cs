using System.Globalization;
using Grants.Reports.Layout;

namespace Grants.Reports.Workbooks;

/// <summary>
/// The account ledger (明细分类账) as a PDF for auditors: landscape pages, first the 科目余额表 (per account opening,
/// period debits and credits, closing, cumulative debits and credits, and the totals), then each account's movements
/// under its heading, opening and closing rows around them, with the running balance. It reconciles as the workbook
/// does, through the same checks.
/// </summary>
public sealed class AccountLedgerDocument(LedgerHeading heading)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly TableColumn[] SummaryColumns =
    [
        new("科目", 105), new("科目名称", 130), new("方向", 26), new("期初余额", 72, Align.Right), new("本期借方", 72, Align.Right),
        new("本期贷方", 72, Align.Right), new("期末余额", 72, Align.Right), new("累计借方", 72, Align.Right), new("累计贷方", 72, Align.Right),
    ];

    private static readonly TableColumn[] DetailColumns =
    [
        new("记账日期", 62), new("凭证号", 50, Align.Right), new("类型", 60), new("摘要", 240), new("借方", 80, Align.Right),
        new("贷方", 80, Align.Right), new("方向", 26), new("余额", 90, Align.Right),
    ];

    public byte[] Render(IReadOnlyList<AccountSummary> accounts, IEnumerable<AccountMovement> movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        ModelCheck.Text(heading.Title, "Title", 60);
        var reconciler = new AccountReconciler(accounts);
        var detail = new List<TableRow>();
        foreach (var movement in movements)
        {
            var previous = reconciler.Current;
            if (reconciler.Take(movement) is { } opened)
            {
                Close(previous, detail);
                detail.Add(TableRow.Group($"{opened.Account}  {opened.Name}"));
                detail.Add(new TableRow(["", "", "", AccountLedgerWorkbook.OpeningLabel, "", "", opened.Direction, Amount(opened.Opening, blankZero: false)]));
            }

            detail.Add(new TableRow(
            [
                movement.BookedOn.ToString("yyyy-MM-dd", Invariant), movement.EntryId.ToString(Invariant), movement.Kind, movement.Description,
                Amount(movement.Debit), Amount(movement.Credit), reconciler.Current!.Direction, Amount(reconciler.Balance, blankZero: false),
            ]));
        }

        var last = reconciler.Current;
        reconciler.Finish();
        Close(last, detail);

        var document = new FlowDocument(PageSetup.A4(20, landscape: true)) { Title = heading.Title, Decoration = PageNumbers.OfTotal };
        return document.Render(
        [
            new Paragraph(heading.Title, TextStyle.Strong(16)) { Align = Align.Center, SpaceAfter = 4 },
            new Paragraph(heading.Period, TextStyle.Body(10)) { Align = Align.Center, SpaceAfter = 10 },
            new Paragraph(AccountLedgerWorkbook.SummarySheet, TextStyle.Strong(12)) { SpaceAfter = 6 },
            new TableBlock(SummaryColumns, Summary(accounts)),
            new Paragraph(AccountLedgerWorkbook.DetailSheet, TextStyle.Strong(12)) { SpaceAfter = 6 },
            new TableBlock(DetailColumns, detail),
        ]);
    }

    private static IEnumerable<TableRow> Summary(IReadOnlyList<AccountSummary> accounts)
    {
        foreach (var a in accounts)
        {
            yield return new TableRow(
            [
                a.Account, a.Name, a.Direction, Amount(a.Opening, blankZero: false), Amount(a.Debits), Amount(a.Credits),
                Amount(a.Closing, blankZero: false), Amount(a.CumulativeDebits), Amount(a.CumulativeCredits),
            ]);
        }

        yield return new TableRow(
        [
            AccountLedgerSummary.TotalLabel, "", "", "", Amount(accounts.Sum(a => a.Debits)), Amount(accounts.Sum(a => a.Credits)), "",
            Amount(accounts.Sum(a => a.CumulativeDebits)), Amount(accounts.Sum(a => a.CumulativeCredits)),
        ], RowKind.Total);
    }

    private static void Close(AccountSummary? account, List<TableRow> detail)
    {
        if (account is not null)
        {
            detail.Add(new TableRow(
                ["", "", "", AccountLedgerWorkbook.ClosingLabel, Amount(account.Debits), Amount(account.Credits), account.Direction, Amount(account.Closing, blankZero: false)],
                RowKind.Subtotal));
        }
    }

    private static string Amount(decimal yuan, bool blankZero = true) => blankZero && yuan == 0m ? "" : yuan.ToString("#,##0.00", Invariant);
}
