using System.Globalization;
using ClosedXML.Excel;
using Grants.Domain;
using Grants.Reports.Settlement;
using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>The payment list re-opens as a plain table a bank can import, with accounts as text and amounts to the fen.</summary>
public sealed class PaymentListWorkbookTests
{
    private static readonly PaymentList Sample = SettlementSamples.Payments(SettlementSamples.Report());

    /// <summary>Odd amounts and an account with leading zeros, which a number cell would lose.</summary>
    private static readonly PaymentList Odd = Sample with
    {
        Lines =
        [
            new(1, "东关社区居民委员会", "示范县农村商业银行城关镇支行", "0012345678901234567", Money.FromYuan(12_345.67m), "2026年第三季度以奖代补奖励（先进）", "JS2026Q3-0001"),
            new(2, "沙河村村民委员会", "示范县农村商业银行河口镇支行", "6228480012345678901", Money.FromFen(1), "2026年第三季度以奖代补奖励（成效）", "JS2026Q3-0002"),
            new(3, "青石村村民委员会", "示范县农村商业银行青石镇支行", "000000123456", Money.FromYuan(99_999_999.99m), "2026年第三季度以奖代补奖励（先进）", "JS2026Q3-0003"),
        ],
    };

    [Fact]
    public async Task The_list_is_one_plain_sheet_with_the_header_in_row_one_and_nothing_but_transfers_below()
    {
        using var book = await WriteAndOpenAsync(Sample);
        var sheet = book.Worksheet(PaymentListWorkbook.SheetName);

        Assert.Equal(["支付清单", "合计"], book.Worksheets.Select(s => s.Name));
        Assert.Equal(["序号", "收款单位", "开户银行", "收款账号", "金额", "用途", "业务参考号"], Enumerable.Range(1, 7).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Empty(sheet.MergedRanges);
        Assert.Equal(Sample.Lines.Count + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal(7, sheet.LastColumnUsed().ColumnNumber());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("合计", StringComparison.Ordinal));
        Assert.InRange(sheet.Column(4).Width, 23, 24);

        var first = Sample.Lines[0];
        Assert.Equal(1, sheet.Cell(2, 1).GetValue<int>());
        Assert.Equal(first.Payee, sheet.Cell(2, 2).GetString());
        Assert.EndsWith("居民委员会", first.Payee, StringComparison.Ordinal);
        Assert.Equal(first.PayeeBank, sheet.Cell(2, 3).GetString());
        Assert.Equal("2026年第三季度以奖代补奖励（先进）", sheet.Cell(2, 6).GetString());
        Assert.Equal("JS2026Q3-0001", sheet.Cell(2, 7).GetString());
    }

    [Fact]
    public async Task Accounts_are_text_and_come_back_intact_leading_zeros_and_all()
    {
        using var book = await WriteAndOpenAsync(Odd);
        var sheet = book.Worksheet(PaymentListWorkbook.SheetName);

        for (var i = 0; i < Odd.Lines.Count; i++)
        {
            var cell = sheet.Cell(i + 2, 4);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(Odd.Lines[i].PayeeAccount, cell.GetString());
        }

        Assert.Equal("0012345678901234567", sheet.Cell(2, 4).GetString());
        Assert.All(SettlementSamples.Payments(SettlementSamples.Report()).Lines, l => Assert.Matches("^[0-9]{19}$", l.PayeeAccount));
    }

    [Fact]
    public async Task Amounts_are_numbers_to_the_fen()
    {
        using var book = await WriteAndOpenAsync(Odd);
        var sheet = book.Worksheet(PaymentListWorkbook.SheetName);

        for (var i = 0; i < Odd.Lines.Count; i++)
        {
            var cell = sheet.Cell(i + 2, 5);
            Assert.Equal(XLDataType.Number, cell.DataType);
            Assert.Equal("0.00", cell.Style.NumberFormat.Format);
            Assert.Equal(Odd.Lines[i].Amount.Yuan, cell.GetValue<decimal>());
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_totals_sheet_counts_and_adds_up_the_printed_lines(string which)
    {
        var list = which == "sample" ? Sample : Odd;
        using var book = await WriteAndOpenAsync(list);
        var lines = book.Worksheet(PaymentListWorkbook.SheetName);
        var totals = book.Worksheet(PaymentListWorkbook.TotalsSheetName);
        var facts = Enumerable.Range(1, 7).ToDictionary(r => totals.Cell(r, 1).GetString(), r => totals.Cell(r, 2));
        var printed = Enumerable.Range(2, list.Lines.Count).Sum(r => lines.Cell(r, 5).GetValue<decimal>());

        Assert.Equal(list.Lines.Count, Cached(facts["笔数"]));
        Assert.Equal(printed, Cached(facts["金额合计"]));
        Assert.Equal(list.Lines.Total(l => l.Amount).Yuan, printed);
        Assert.Equal($"SUM('支付清单'!E2:E{list.Lines.Count + 1})", facts["金额合计"].FormulaA1);
        Assert.Equal("示范县财政局", facts["付款单位"].GetString());
        Assert.Equal(XLDataType.Text, facts["付款账号"].DataType);
        Assert.Equal(list.PayerAccount, facts["付款账号"].GetString());
        Assert.Equal(new DateTime(2026, 10, 15), facts["制表日期"].GetDateTime());
    }

    public static TheoryData<string> Lists => new() { "sample", "odd" };

    [Theory]
    [InlineData("no lines", "Payment lines is empty")]
    [InlineData("zero", "Amount of line 2 (沙河村村民委员会) is ¥0.00; a transfer must be more than zero")]
    [InlineData("negative", "Amount of line 2 (沙河村村民委员会) is -¥5.00")]
    [InlineData("duplicate reference", "Reference JS2026Q3-0001 appears on line 1 and line 3")]
    [InlineData("spaces in account", "Payee account of line 2 (沙河村村民委员会) must be 6 to 32 digits and nothing else")]
    [InlineData("short account", "must be 6 to 32 digits")]
    [InlineData("no payee", "Payee of line 2 is empty")]
    [InlineData("no bank", "Payee bank of line 2 (沙河村村民委员会) is empty")]
    [InlineData("long payee", "Payee of line 2 is 2000 characters long")]
    public async Task A_bad_list_is_refused_naming_the_problem_before_a_byte_is_written(string how, string message)
    {
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<ReportModelException>(() => PaymentListWorkbook.WriteAsync(Break(how), output));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    private static PaymentList Break(string how)
    {
        var second = Odd.Lines[1];
        PaymentList With(PaymentLine changed) => Odd with { Lines = [Odd.Lines[0], changed, Odd.Lines[2]] };
        return how switch
        {
            "no lines" => Odd with { Lines = [] },
            "zero" => With(second with { Amount = Money.Zero }),
            "negative" => With(second with { Amount = Money.FromYuan(-5m) }),
            "duplicate reference" => Odd with { Lines = [Odd.Lines[0], second, Odd.Lines[2] with { Reference = "JS2026Q3-0001" }] },
            "spaces in account" => With(second with { PayeeAccount = "6228 4800 1234 5678 901" }),
            "short account" => With(second with { PayeeAccount = "12345" }),
            "no payee" => With(second with { Payee = " " }),
            "no bank" => With(second with { PayeeBank = "" }),
            "long payee" => With(second with { Payee = new string('村', 2000) }),
            _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
        };
    }

    private static async Task<XLWorkbook> WriteAndOpenAsync(PaymentList list)
    {
        var output = new MemoryStream();
        await PaymentListWorkbook.WriteAsync(list, output);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "payment-list.xlsx"), output.ToArray());
        output.Position = 0;
        return new XLWorkbook(output);
    }

    private static decimal Cached(IXLCell cell) => Convert.ToDecimal(cell.CachedValue, CultureInfo.InvariantCulture);
}
