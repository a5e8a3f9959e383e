using System.Globalization;
using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>The account ledger PDF: the balance table with its totals, then each account from opening to closing.</summary>
public sealed class AccountLedgerDocumentTests
{
    [Fact]
    public void The_pdf_prints_the_summary_totals_and_every_account_between_its_opening_and_closing_rows()
    {
        var accounts = AccountLedgerSamples.Accounts();

        var pdf = NoticeTests.Save("account-ledger", new AccountLedgerDocument(AccountLedgerSamples.Heading).Render(accounts, AccountLedgerSamples.Movements()));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("科目科目名称方向期初余额本期借方本期贷方期末余额累计借方累计贷方", text, StringComparison.Ordinal);
        Assert.Contains("记账日期凭证号类型摘要借方贷方方向余额", text, StringComparison.Ordinal);
        var cumulative = accounts.Sum(a => a.CumulativeDebits).ToString("#,##0.00", CultureInfo.InvariantCulture);
        Assert.Contains($"{cumulative}{cumulative}", text, StringComparison.Ordinal);
        var moved = accounts.Count(a => a.Debits != 0 || a.Credits != 0);
        Assert.Equal(moved, Count(text, "期初余额") - 1); // once more in the summary's header
        Assert.Equal(moved, Count(text, "本期合计"));
        // project:7 opened with 300,000 allocated in January and paid 100,000 out in March.
        Assert.Contains("本期合计100,000.00借200,000.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Movements_that_do_not_add_up_to_the_summary_are_refused()
    {
        var movements = AccountLedgerSamples.Movements().Where(m => m.EntryId != 5);

        var error = Assert.Throws<InvalidOperationException>(
            () => new AccountLedgerDocument(AccountLedgerSamples.Heading).Render(AccountLedgerSamples.Accounts(), movements));

        Assert.Contains("does not reconcile", error.Message, StringComparison.Ordinal);
    }

    private static int Count(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;
}
