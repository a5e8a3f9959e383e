using System.Globalization;
using ClosedXML.Excel;
using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>The streamed account ledger re-opens as a workbook whose every account reconciles and whose totals are a trial balance.</summary>
public sealed class AccountLedgerWorkbookTests
{
    private const int First = AccountLedgerWorkbook.HeaderRows + 1;

    [Fact]
    public async Task The_summary_sheet_states_each_account_so_that_opening_plus_movements_equals_closing()
    {
        var accounts = AccountLedgerSamples.Accounts();
        using var book = await WriteAndOpenAsync(accounts, AccountLedgerSamples.Movements());
        var sheet = book.Worksheet(AccountLedgerWorkbook.SummarySheet);

        Assert.Equal(AccountLedgerSamples.Heading.Title, sheet.Cell(1, 1).GetString());
        Assert.Equal(AccountLedgerWorkbook.SummaryHeaders, Enumerable.Range(1, 9).Select(c => sheet.Cell(AccountLedgerWorkbook.HeaderRows, c).GetString()));
        Assert.Equal(AccountLedgerWorkbook.HeaderRows, sheet.SheetView.SplitRow);
        for (var i = 0; i < accounts.Count; i++)
        {
            var row = First + i;
            var (opening, debits, credits, closing) = (Money(sheet, row, 4), Money(sheet, row, 5), Money(sheet, row, 6), Money(sheet, row, 7));
            Assert.Equal(accounts[i].Account, sheet.Cell(row, 1).GetString());
            var debitNormal = sheet.Cell(row, 3).GetString() == "借";
            Assert.Equal(closing, debitNormal ? opening + debits - credits : opening + credits - debits);
        }

        // 1,250,000 received from the county, 0.01 from the province: credit-normal, so a positive balance.
        var county = Enumerable.Range(First, accounts.Count).Single(r => sheet.Cell(r, 1).GetString() == "source:county:2026");
        Assert.Equal(1_250_000m, Money(sheet, county, 4));
        Assert.Equal("贷", sheet.Cell(county, 3).GetString());
    }

    [Fact]
    public async Task The_totals_row_sums_the_printed_figures_and_its_cumulative_debits_equal_its_credits()
    {
        var accounts = AccountLedgerSamples.Accounts();
        using var book = await WriteAndOpenAsync(accounts, AccountLedgerSamples.Movements());
        var sheet = book.Worksheet(AccountLedgerWorkbook.SummarySheet);
        var totals = First + accounts.Count;

        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        foreach (var (column, letter) in new[] { (5, "E"), (6, "F"), (8, "H"), (9, "I") })
        {
            var printed = Enumerable.Range(First, accounts.Count).Sum(r => Money(sheet, r, column));
            Assert.Equal(printed, Convert.ToDecimal(sheet.Cell(totals, column).CachedValue, CultureInfo.InvariantCulture));
            Assert.Equal($"SUM({letter}{First}:{letter}{totals - 1})", sheet.Cell(totals, column).FormulaA1);
        }

        Assert.Equal(Money(sheet, totals, 5), Money(sheet, totals, 6));
        Assert.Equal(Money(sheet, totals, 8), Money(sheet, totals, 9));
        Assert.Equal(1_762_345.69m, Money(sheet, totals, 8));
    }

    [Fact]
    public async Task The_detail_sheet_runs_each_account_from_its_opening_to_the_closing_the_summary_states()
    {
        var accounts = AccountLedgerSamples.Accounts();
        var movements = AccountLedgerSamples.Movements();
        using var book = await WriteAndOpenAsync(accounts, movements);
        var sheet = book.Worksheet(AccountLedgerWorkbook.DetailSheet);

        Assert.Equal(AccountLedgerWorkbook.DetailHeaders, Enumerable.Range(1, 10).Select(c => sheet.Cell(AccountLedgerWorkbook.HeaderRows, c).GetString()));
        var blocks = Blocks(sheet);
        var moved = accounts.Where(a => a.Debits != 0 || a.Credits != 0).ToList();
        Assert.Equal(moved.Select(a => a.Account), blocks.Select(b => b.Account));
        Assert.Equal(movements.Count, blocks.Sum(b => b.Movements));
        foreach (var (block, account) in blocks.Zip(moved))
        {
            Assert.Equal(account.Opening, block.Opening);
            Assert.Equal(account.Closing, block.Closing);
            Assert.Equal(block.Closing, block.RunningEnd);
        }
    }

    [Fact]
    public async Task A_ledger_longer_than_a_sheet_goes_on_in_the_next_sheet_with_its_own_header()
    {
        var accounts = AccountLedgerSamples.Accounts();
        var movements = AccountLedgerSamples.Movements();
        using var book = await WriteAndOpenAsync(accounts, movements, rowsPerSheet: 8);

        var details = book.Worksheets.Where(s => s.Name.StartsWith(AccountLedgerWorkbook.DetailSheet, StringComparison.Ordinal)).ToList();
        Assert.True(details.Count >= 3, $"{details.Count} detail sheets");
        Assert.Equal("明细账(2)", details[1].Name);
        Assert.All(details, s =>
        {
            Assert.Equal("摘要", s.Cell(AccountLedgerWorkbook.HeaderRows, 6).GetString());
            Assert.InRange(s.LastRowUsed().RowNumber(), First, 8);
        });
        var printed = details.Sum(s => Enumerable.Range(First, s.LastRowUsed().RowNumber() - AccountLedgerWorkbook.HeaderRows)
            .Count(r => s.Cell(r, 4).GetString().Length > 0));
        Assert.Equal(movements.Count, printed);
    }

    [Fact]
    public async Task Movements_that_do_not_add_up_to_the_summary_are_refused_and_leave_no_readable_workbook()
    {
        var movements = AccountLedgerSamples.Movements().Where(m => m.EntryId != 4).ToList();
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AccountLedgerWorkbook.WriteAsync(
            AccountLedgerSamples.Heading, AccountLedgerSamples.Accounts(), movements.ToAsyncEnumerable(), output));

        Assert.Contains("does not reconcile", error.Message, StringComparison.Ordinal);
        output.Position = 0;
        Assert.ThrowsAny<Exception>(() => new XLWorkbook(output).Dispose());
    }

    [Fact]
    public async Task Movements_of_one_account_arriving_apart_or_of_an_unknown_account_are_refused()
    {
        var movements = AccountLedgerSamples.Movements();
        var apart = movements.Concat(movements.Where(m => m.Account == movements[0].Account)); // an account's movements again, later
        var stranger = movements.Append(movements[0] with { Account = "project:99:funds" });

        var e1 = await Assert.ThrowsAsync<ReportModelException>(() => AccountLedgerWorkbook.WriteAsync(
            AccountLedgerSamples.Heading, AccountLedgerSamples.Accounts(), apart.ToAsyncEnumerable(), new MemoryStream()));
        var e2 = await Assert.ThrowsAsync<ReportModelException>(() => AccountLedgerWorkbook.WriteAsync(
            AccountLedgerSamples.Heading, AccountLedgerSamples.Accounts(), stranger.ToAsyncEnumerable(), new MemoryStream()));

        Assert.Contains("do not arrive together", e1.Message, StringComparison.Ordinal);
        Assert.Contains("project:99:funds", e2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_ledger_gives_both_sheets_and_a_zero_totals_row()
    {
        using var book = await WriteAndOpenAsync([], []);

        var summary = book.Worksheet(AccountLedgerWorkbook.SummarySheet);
        Assert.Equal("合计", summary.Cell(First, 1).GetString());
        Assert.Equal(0m, Money(summary, First, 8));
        Assert.Equal(AccountLedgerWorkbook.HeaderRows, book.Worksheet(AccountLedgerWorkbook.DetailSheet).LastRowUsed().RowNumber());
    }

    private sealed record Block(string Account, decimal Opening, int Movements, decimal RunningEnd, decimal Closing);

    /// <summary>Reads the detail sheet back: each account's opening row, movements (checking each running balance) and closing row.</summary>
    private static List<Block> Blocks(IXLWorksheet sheet)
    {
        var blocks = new List<Block>();
        var row = First;
        while (sheet.Cell(row, 1).GetString() is { Length: > 0 } account)
        {
            Assert.Equal(AccountLedgerWorkbook.OpeningLabel, sheet.Cell(row, 6).GetString());
            var debitNormal = sheet.Cell(row, 9).GetString() == "借";
            var opening = Money(sheet, row, 10);
            var (balance, count) = (opening, 0);
            for (row++; sheet.Cell(row, 6).GetString() != AccountLedgerWorkbook.ClosingLabel; row++, count++)
            {
                var (debit, credit) = (Money(sheet, row, 7), Money(sheet, row, 8));
                balance += debitNormal ? debit - credit : credit - debit;
                Assert.Equal(balance, Money(sheet, row, 10));
            }

            blocks.Add(new Block(account, opening, count, balance, Money(sheet, row, 10)));
            row++;
        }

        return blocks;
    }

    private static decimal Money(IXLWorksheet sheet, int row, int column) =>
        sheet.Cell(row, column).IsEmpty() || sheet.Cell(row, column).GetString().Length == 0 ? 0m : sheet.Cell(row, column).GetValue<decimal>();

    private static async Task<XLWorkbook> WriteAndOpenAsync(
        IReadOnlyList<AccountSummary> accounts, IReadOnlyList<AccountMovement> movements, int rowsPerSheet = AccountLedgerWorkbook.SheetRows)
    {
        var output = new MemoryStream();
        await AccountLedgerWorkbook.WriteAsync(AccountLedgerSamples.Heading, accounts, movements.ToAsyncEnumerable(), output, rowsPerSheet);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "account-ledger.xlsx"), output.ToArray());
        output.Position = 0;
        return new XLWorkbook(output);
    }
}
