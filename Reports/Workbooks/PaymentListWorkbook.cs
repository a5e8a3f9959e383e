using Grants.Domain;
using Grants.Reports.Settlement;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Grants.Reports.Workbooks;

/// <summary>
/// The bank payment list (支付清单) the treasury imports. Banks' import tools read the first sheet from row 1 as a
/// header and every later row as a transfer, so that sheet holds exactly that: no title, no merged cells, no totals
/// row. The count and the total, for the person who signs the list, are on a second sheet "合计". Account numbers are
/// text (19 digits and leading zeros survive); amounts are numbers to the fen. The list is checked in full first:
/// a bad one throws <see cref="ReportModelException"/> and leaves <c>output</c> untouched.
/// </summary>
public static class PaymentListWorkbook
{
    public const string SheetName = "支付清单";
    public const string TotalsSheetName = "合计";
    public static IReadOnlyList<string> Headers { get; } = ["序号", "收款单位", "开户银行", "收款账号", "金额", "用途", "业务参考号"];

    private const int AccountMin = 6;
    private const int AccountMax = 32;
    private const int PurposeMax = 100;
    private const int ReferenceMax = 32;
    private static readonly double[] Widths = [6, 36, 32, 24, 14, 36, 18];

    public static async Task WriteAsync(PaymentList list, Stream output, CancellationToken ct = default)
    {
        Check(list);
        ArgumentNullException.ThrowIfNull(output);

        await using var sheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct).ConfigureAwait(false);
        var styles = new SettlementStyles(sheet);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < Widths.Length; i++)
        {
            options.Column(i + 1).Width = Widths[i];
        }

        await sheet.StartWorksheetAsync(SheetName, options, ct).ConfigureAwait(false);
        await sheet.AddHeaderRowAsync(Headers.ToArray(), styles.Header, ct).ConfigureAwait(false);
        foreach (var line in list.Lines)
        {
            await sheet.AddRowAsync(
            [
                new Cell(line.No), new Cell(line.Payee), new Cell(line.PayeeBank), new Cell(line.PayeeAccount, styles.Text),
                new Cell(line.Amount.Yuan, styles.PlainYuan), new Cell(line.Purpose), new Cell(line.Reference, styles.Text),
            ], ct).ConfigureAwait(false);
        }

        var amounts = $"'{SheetName}'!E2:E{list.Lines.Count + 1}";
        var totals = new WorksheetOptions();
        totals.Column(1).Width = 12;
        totals.Column(2).Width = 40;
        await sheet.StartWorksheetAsync(TotalsSheetName, totals, ct).ConfigureAwait(false);
        (string Label, Cell Value)[] facts =
        [
            ("标题", new Cell(list.Title)),
            ("付款单位", new Cell(list.Payer)),
            ("付款银行", new Cell(list.PayerBank)),
            ("付款账号", new Cell(list.PayerAccount, styles.Text)),
            ("制表日期", new Cell(list.PreparedOn.ToDateTime(TimeOnly.MinValue), styles.Date)),
            ("笔数", new Cell(new Formula($"COUNT({amounts})"), list.Lines.Count)),
            ("金额合计", new Cell(new Formula($"SUM({amounts})"), list.Lines.Total(l => l.Amount).Yuan, styles.TotalYuan)),
        ];
        foreach (var (label, value) in facts)
        {
            await sheet.AddRowAsync([new Cell(label, styles.Total), value], ct).ConfigureAwait(false);
        }

        await sheet.FinishAsync(ct).ConfigureAwait(false);
    }

    private static void Check(PaymentList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        ModelCheck.Text(list.Title, "Title", PurposeMax);
        ModelCheck.Text(list.Payer, "Payer");
        ModelCheck.Text(list.PayerBank, "Payer bank");
        Account(list.PayerAccount, "Payer account", null);

        var lines = ModelCheck.NotEmpty(list.Lines, "Payment lines");
        var references = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] ?? throw new ReportModelException($"Payment line {i + 1} is missing.");
            var row = $"line {line.No}";
            if (line.No < 1 || !numbers.Add(line.No))
            {
                throw new ReportModelException($"Number of payment line {i + 1} ({line.No}) is not positive or appears twice.");
            }

            ModelCheck.Text(line.Payee, "Payee", row: row);
            row = $"line {line.No} ({line.Payee})";
            ModelCheck.Text(line.PayeeBank, "Payee bank", row: row);
            Account(line.PayeeAccount, "Payee account", row);
            ModelCheck.Text(line.Purpose, "Purpose", PurposeMax, row);
            ModelCheck.Text(line.Reference, "Reference", ReferenceMax, row);
            if (!line.Amount.IsPositive)
            {
                throw new ReportModelException($"Amount of {row} is {line.Amount}; a transfer must be more than zero.");
            }

            if (references.TryGetValue(line.Reference, out var earlier))
            {
                throw new ReportModelException($"Reference {line.Reference} appears on line {earlier} and line {line.No}; each transfer needs its own.");
            }

            references.Add(line.Reference, line.No);
        }
    }

    /// <summary>Digits only: a space or a dash in an account is how a bank import mis-pays or rejects the whole file.</summary>
    private static void Account(string? account, string field, string? row)
    {
        ModelCheck.Text(account, field, AccountMax, row);
        if (account!.Length < AccountMin || !account.All(char.IsAsciiDigit))
        {
            var where = row is null ? field : $"{field} of {row}";
            throw new ReportModelException($"{where} must be {AccountMin} to {AccountMax} digits and nothing else: \"{account}\".");
        }
    }
}
