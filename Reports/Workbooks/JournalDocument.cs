using System.Globalization;
using Grants.Reports.Layout;

namespace Grants.Reports.Workbooks;

/// <summary>
/// The journal (日记账) as a PDF for auditors: landscape pages, the header row on each, one row per posting, and a
/// totals row whose debits equal its credits when the books balance. Long descriptions wrap inside their column.
/// </summary>
public sealed class JournalDocument(LedgerHeading heading)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly TableColumn[] Columns =
    [
        new("凭证号", 50, Align.Right), new("记账日期", 62), new("类型", 60), new("摘要", 250), new("科目", 120),
        new("借方", 80, Align.Right), new("贷方", 80, Align.Right),
    ];

    public byte[] Render(IEnumerable<LedgerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ModelCheck.Text(heading.Title, "Title", 60);
        var (debits, credits) = (0m, 0m);
        var rows = new List<TableRow>();
        foreach (var line in lines)
        {
            LedgerLine.Check(line);
            (debits, credits) = (debits + line.Debit, credits + line.Credit);
            rows.Add(new TableRow(
            [
                line.EntryId.ToString(Invariant), line.BookedOn.ToString("yyyy-MM-dd", Invariant), line.Kind,
                line.Description, line.Account, Amount(line.Debit), Amount(line.Credit),
            ]));
        }

        rows.Add(new TableRow(["", "", "", LedgerWorkbook.TotalLabel, "", Amount(debits), Amount(credits)], RowKind.Total));
        return new TableDocument($"{heading.Title}（{heading.Period}）", Columns).Render(rows, landscape: true);
    }

    private static string Amount(decimal yuan) => yuan == 0m ? "" : yuan.ToString("#,##0.00", Invariant);
}
