using System.Globalization;
using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>The auditors' journal PDF: hundreds of pages, the header on each, totals that balance.</summary>
public sealed class JournalDocumentTests
{
    [Fact]
    public void Ten_thousand_lines_fill_hundreds_of_pages_each_with_its_header_number_and_the_balanced_totals_at_the_end()
    {
        var lines = LedgerSamples.Lines(5_000).ToList();

        var pdf = NoticeTests.Save("journal", new JournalDocument(LedgerSamples.Heading).Render(lines));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.NumberOfPages;
        Assert.True(pages >= 200, $"{pages} pages");
        foreach (var n in new[] { 1, 2, pages / 2, pages - 1, pages })
        {
            var text = document.GetPage(n).Text.Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("凭证号记账日期类型摘要科目借方贷方", text, StringComparison.Ordinal);
            Assert.Contains($"第{n}页共{pages}页", text, StringComparison.Ordinal);
        }

        var total = lines.Sum(l => l.Debit).ToString("#,##0.00", CultureInfo.InvariantCulture);
        Assert.Equal(lines.Sum(l => l.Debit), lines.Sum(l => l.Credit));
        Assert.Contains($"合计{total}{total}", document.GetPage(pages).Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_both_sides_is_refused_naming_its_entry()
    {
        var bad = new LedgerLine(42, new DateOnly(2026, 3, 1), "支付", "错误", "pool:1:available", 5m, 5m, "test");

        var e = Assert.Throws<ArgumentException>(() => new JournalDocument(LedgerSamples.Heading).Render([bad]));

        Assert.Contains("entry 42", e.Message, StringComparison.Ordinal);
    }
}
