using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Grants.Reports.Workbooks;

/// <summary>
/// Streams the journal to one XLSX sheet "日记账": a title block, a frozen header row, one row per line and a
/// totals row (合计). Lines are written as they arrive, so memory stays flat however long the ledger is.
/// A line that breaks the rules throws <see cref="ArgumentException"/> and the workbook is never finished:
/// the caller must discard the stream (it is not a readable workbook).
/// </summary>
public static class LedgerWorkbook
{
    public const string SheetName = "日记账";
    public const string TotalLabel = "合计";
    public static IReadOnlyList<string> Headers { get; } = ["凭证号", "记账日期", "类型", "摘要", "科目", "借方", "贷方", "来源"];

    /// <summary>Rows above the first line: title, period, column headers.</summary>
    public const int HeaderRows = 3;

    /// <summary>Excel's row limit less the title block and the totals row.</summary>
    public const int MaxLines = 1_048_576 - HeaderRows - 1;

    private const string YuanFormat = "#,##0.00";
    private static readonly double[] Widths = [10, 12, 10, 40, 26, 16, 16, 24];

    public static async Task WriteAsync(
        LedgerHeading heading, IAsyncEnumerable<LedgerLine> lines, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(output);

        await using var sheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct).ConfigureAwait(false);
        await sheet.StartWorksheetAsync(SheetName, SheetOptions(), ct).ConfigureAwait(false);
        var styles = new Styles(sheet);

        await sheet.AddRowAsync([new Cell(heading.Title, styles.Title)], ct).ConfigureAwait(false);
        await sheet.AddRowAsync(
            [new Cell(heading.Period), new(""), new(""), new(""), new(""), new(""), new(""), new("金额单位：元")], ct).ConfigureAwait(false);
        await sheet.AddHeaderRowAsync(Headers.ToArray(), styles.Header, ct).ConfigureAwait(false);

        // One row buffer reused for every line: nothing per line survives the write.
        var row = new Cell[Headers.Count];
        decimal debits = 0, credits = 0;
        var count = 0;
        await foreach (var line in lines.WithCancellation(ct).ConfigureAwait(false))
        {
            LedgerLine.Check(line);
            if (++count > MaxLines)
            {
                throw new ArgumentException($"The ledger has more than {MaxLines:N0} lines, more than one sheet holds; export a shorter period.", nameof(lines));
            }

            debits += line.Debit;
            credits += line.Credit;
            row[0] = new Cell(line.EntryId);
            row[1] = new Cell(line.BookedOn.ToDateTime(TimeOnly.MinValue), styles.Date);
            row[2] = new Cell(line.Kind);
            row[3] = new Cell(line.Description);
            row[4] = new Cell(line.Account);
            row[5] = new Cell(line.Debit, styles.Yuan);
            row[6] = new Cell(line.Credit, styles.Yuan);
            row[7] = new Cell(line.Source);
            await sheet.AddRowAsync(row, ct).ConfigureAwait(false);
        }

        await AddTotalsAsync(sheet, styles, debits, credits, ct).ConfigureAwait(false);
        await sheet.FinishAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The totals carry both a SUM formula (so an edited sheet still adds up) and its value computed here
    /// (so readers that do not calculate, and the tests, see the exact figure).
    /// </summary>
    private static async Task AddTotalsAsync(Spreadsheet sheet, Styles styles, decimal debits, decimal credits, CancellationToken ct)
    {
        var last = sheet.NextRowNumber - 1;
        var first = HeaderRows + 1;
        Cell Sum(char column, decimal value) => last < first
            ? new Cell(value, styles.TotalYuan)
            : new Cell(new Formula($"SUM({column}{first}:{column}{last})"), value, styles.TotalYuan);

        await sheet.AddRowAsync(
        [
            new Cell(TotalLabel, styles.Total), new Cell("", styles.Total), new Cell("", styles.Total),
            new Cell("", styles.Total), new Cell("", styles.Total),
            Sum('F', debits), Sum('G', credits), new Cell("", styles.Total),
        ], ct).ConfigureAwait(false);
    }

    private static WorksheetOptions SheetOptions()
    {
        var options = new WorksheetOptions { FrozenRows = HeaderRows };
        for (var i = 0; i < Widths.Length; i++)
        {
            options.Column(i + 1).Width = Widths[i];
        }

        return options;
    }

    private sealed class Styles(Spreadsheet sheet)
    {
        private static readonly Border Thin = new()
        {
            Top = new EdgeBorder { BorderStyle = BorderStyle.Thin },
            Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin },
        };

        public StyleId Title { get; } = sheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
        public StyleId Header { get; } = sheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Fill = { Color = System.Drawing.Color.FromArgb(0xD9, 0xE1, 0xF2) },
            Alignment = { Horizontal = HorizontalAlignment.Center },
            Border = Thin,
        });

        public StyleId Date { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
        public StyleId Yuan { get; } = sheet.AddStyle(new Style { Format = NumberFormat.Custom(YuanFormat) });
        public StyleId Total { get; } = sheet.AddStyle(new Style { Font = { Bold = true }, Border = Thin });
        public StyleId TotalYuan { get; } = sheet.AddStyle(new Style { Font = { Bold = true }, Border = Thin, Format = NumberFormat.Custom(YuanFormat) });
    }
}
