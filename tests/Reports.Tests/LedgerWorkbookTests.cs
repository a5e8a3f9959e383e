using System.Globalization;
using ClosedXML.Excel;
using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>The streamed journal re-opens as a workbook whose text, amounts and totals are what was written.</summary>
public sealed class LedgerWorkbookTests
{
    private static readonly LedgerHeading Heading = new("城关镇以奖代补资金日记账", "2026-01-01 至 2026-03-31");

    private static readonly LedgerLine[] Lines =
    [
        new(1, new DateOnly(2026, 1, 5), "收款", "县级配套资金到账", "pool:1:available", 1_250_000.00m, 0, "source:county:2026"),
        new(1, new DateOnly(2026, 1, 5), "收款", "县级配套资金到账", "source:county:2026", 0, 1_250_000.00m, "pool:1"),
        new(2, new DateOnly(2026, 2, 17), "拨付", "东岳花园小区垃圾分类奖补", "project:7:funds", 12_345.67m, 0, "pool:1"),
        new(2, new DateOnly(2026, 2, 17), "拨付", "东岳花园小区垃圾分类奖补", "pool:1:available", 0, 12_345.67m, "project:7"),
        new(3, new DateOnly(2026, 3, 31), "冲销", "更正：重复拨付", "pool:1:available", 0.01m, 0, "entry:2"),
        new(3, new DateOnly(2026, 3, 31), "冲销", "更正：重复拨付", "project:7:funds", 0, 0.01m, "entry:2"),
    ];

    [Fact]
    public async Task The_sheet_has_its_name_a_title_block_and_a_frozen_styled_header_row()
    {
        using var book = await WriteAndOpenAsync(Lines);
        var sheet = Assert.Single(book.Worksheets);

        Assert.Equal("日记账", sheet.Name);
        Assert.Equal(Heading.Title, sheet.Cell(1, 1).GetString());
        Assert.Equal(Heading.Period, sheet.Cell(2, 1).GetString());
        Assert.Equal(["凭证号", "记账日期", "类型", "摘要", "科目", "借方", "贷方", "来源"],
            Enumerable.Range(1, 8).Select(c => sheet.Cell(LedgerWorkbook.HeaderRows, c).GetString()));
        Assert.True(sheet.Cell(LedgerWorkbook.HeaderRows, 1).Style.Font.Bold);
        Assert.Equal(LedgerWorkbook.HeaderRows, sheet.SheetView.SplitRow);
        // ClosedXML reports the width less Excel's cell padding, so 40 reads back as about 39.3.
        Assert.InRange(sheet.Column(4).Width, 39, 40);
    }

    [Fact]
    public async Task Each_line_comes_back_with_its_chinese_text_date_and_exact_amounts()
    {
        using var book = await WriteAndOpenAsync(Lines);
        var sheet = book.Worksheet(LedgerWorkbook.SheetName);
        var row = LedgerWorkbook.HeaderRows + 3; // the third line

        Assert.Equal(2, sheet.Cell(row, 1).GetValue<long>());
        Assert.Equal(new DateTime(2026, 2, 17), sheet.Cell(row, 2).GetDateTime());
        Assert.Equal("拨付", sheet.Cell(row, 3).GetString());
        Assert.Equal("东岳花园小区垃圾分类奖补", sheet.Cell(row, 4).GetString());
        Assert.Equal("project:7:funds", sheet.Cell(row, 5).GetString());
        Assert.Equal(12_345.67m, sheet.Cell(row, 6).GetValue<decimal>());
        Assert.Equal(0m, sheet.Cell(row, 7).GetValue<decimal>());
        Assert.Equal("#,##0.00", sheet.Cell(row, 6).Style.NumberFormat.Format);
        Assert.Equal(0.01m, sheet.Cell(LedgerWorkbook.HeaderRows + 5, 6).GetValue<decimal>());
    }

    [Fact]
    public async Task The_totals_row_equals_the_sum_of_the_printed_lines_as_value_and_as_formula()
    {
        using var book = await WriteAndOpenAsync(Lines);
        var sheet = book.Worksheet(LedgerWorkbook.SheetName);
        var first = LedgerWorkbook.HeaderRows + 1;
        var totals = first + Lines.Length;

        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        foreach (var column in new[] { 6, 7 })
        {
            var printed = Enumerable.Range(first, Lines.Length).Sum(r => sheet.Cell(r, column).GetValue<decimal>());
            Assert.Equal(1_262_345.68m, printed);
            Assert.Equal(printed, Cached(sheet.Cell(totals, column)));
            var letter = column == 6 ? "F" : "G";
            Assert.Equal($"SUM({letter}{first}:{letter}{totals - 1})", sheet.Cell(totals, column).FormulaA1);
        }
    }

    [Fact]
    public async Task An_empty_ledger_gives_the_header_and_a_zero_totals_row()
    {
        using var book = await WriteAndOpenAsync([]);
        var sheet = book.Worksheet(LedgerWorkbook.SheetName);
        var totals = LedgerWorkbook.HeaderRows + 1;

        Assert.Equal("凭证号", sheet.Cell(LedgerWorkbook.HeaderRows, 1).GetString());
        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        Assert.Equal(0m, sheet.Cell(totals, 6).GetValue<decimal>());
        Assert.Equal(0m, sheet.Cell(totals, 7).GetValue<decimal>());
        Assert.Equal(totals, sheet.LastRowUsed().RowNumber());
    }

    [Theory]
    [InlineData(-5.00, 0, "negative")]
    [InlineData(0, -0.01, "negative")]
    [InlineData(3.00, 3.00, "both a debit and a credit")]
    [InlineData(0, 0, "no amount")]
    [InlineData(1.005, 0, "finer than the fen")]
    public async Task A_bad_line_is_refused_naming_its_entry_and_leaves_no_readable_workbook(double debit, double credit, string problem)
    {
        var bad = new LedgerLine(4711, new DateOnly(2026, 3, 1), "拨付", "坏数据", "project:9:funds", (decimal)debit, (decimal)credit, "pool:1");
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => LedgerWorkbook.WriteAsync(Heading, Lines.Append(bad).Concat(Lines).ToAsyncEnumerable(), output));

        Assert.Contains("entry 4711", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        output.Position = 0;
        Assert.ThrowsAny<Exception>(() => new XLWorkbook(output).Dispose());
    }

    private static async Task<XLWorkbook> WriteAndOpenAsync(IEnumerable<LedgerLine> lines)
    {
        var output = new MemoryStream();
        await LedgerWorkbook.WriteAsync(Heading, lines.ToAsyncEnumerable(), output);
        // Kept beside the binaries for a person to open and look at.
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "ledger.xlsx"), output.ToArray());
        output.Position = 0;
        return new XLWorkbook(output);
    }

    private static decimal Cached(IXLCell cell) => Convert.ToDecimal(cell.CachedValue, CultureInfo.InvariantCulture);
}
