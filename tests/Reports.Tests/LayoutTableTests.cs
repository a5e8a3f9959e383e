using System.Globalization;
using Grants.Reports.Layout;

namespace Grants.Reports.Tests;

/// <summary>A long table breaks over pages with its header on each, rows never split or overflow, and the PDF says so.</summary>
public sealed class LayoutTableTests
{
    private static readonly TableColumn[] Columns =
    [
        new("凭证号", 50, Align.Right), new("记账日期", 70), new("摘要", 200), new("科目", 80), new("金额", 80, Align.Right),
    ];

    [Fact]
    public void Five_hundred_rows_span_pages_with_the_header_on_each_and_nothing_below_the_page()
    {
        var pages = Pager.Paginate(new TableBlock(Columns, Rows(500).Select(r => new TableRow(r))).Compose(Fixed.Measurer, 480), pageHeight: 600);

        Assert.True(pages.Count > 1, $"{pages.Count} page(s)");
        var header = pages[0].Pieces[0].Piece;
        Assert.All(pages, page =>
        {
            Assert.Same(header, page.Pieces[0].Piece);
            Assert.Equal(0, page.Pieces[0].Top);
            Assert.All(page.Pieces, placed => Assert.True(placed.Bottom <= 600, $"a row ends at {placed.Bottom}"));
            Assert.All(page.Pieces.Zip(page.Pieces.Skip(1)), pair => Assert.Equal(pair.First.Bottom, pair.Second.Top, 6));
        });
        Assert.Equal(500, pages.Sum(p => p.Pieces.Count - 1));
    }

    [Fact]
    public void A_long_description_wraps_inside_its_column_and_makes_its_row_taller()
    {
        var layout = new TableLayout(Columns, Fixed.Measure, lineHeight: 12);

        var row = layout.Measure(Row(1, new string('项', 60)));

        Assert.True(row.Cells[2].Count > 1);
        Assert.All(row.Cells[2], line => Assert.True(line.Length * 9 <= 200 - 6));
        Assert.Equal((row.Cells[2].Count * 12) + 6, row.Height, 6);
    }

    [Fact]
    public void The_rendered_pdf_repeats_the_header_numbers_its_pages_and_keeps_every_amount()
    {
        var pdf = new TableDocument("日记账（测试）", Columns).Render(Rows(300));
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "table.pdf"), pdf);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var count = document.NumberOfPages;
        Assert.True(count > 1);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        for (var n = 1; n <= count; n++)
        {
            var page = document.GetPage(n).Text.Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("凭证号记账日期摘要科目金额", page, StringComparison.Ordinal);
            Assert.Contains($"第{n}页共{count}页", page, StringComparison.Ordinal);
        }

        Assert.Contains("¥1,300.25", text, StringComparison.Ordinal);
        Assert.Contains("¥4,000.25", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_or_columns_wider_than_the_page_are_refused()
    {
        var layout = new TableLayout(Columns, Fixed.Measure, lineHeight: 12);
        Assert.Throws<ArgumentException>(() => layout.Measure(["1", "2"]));
        var wide = new TableDocument("宽表", [new("甲", 400), new("乙", 400)]);
        Assert.Contains("pt wide", Assert.Throws<ReportLayoutException>(() => wide.Render([["1", "2"]])).Message, StringComparison.Ordinal);
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(int count) =>
        Enumerable.Range(1, count).Select(i => Row(i, i % 7 == 0 ? "支付城关镇东岳花园小区人居环境整治工程进度款（第二期），含材料费与人工费" : "资金到账"));

    private static IReadOnlyList<string> Row(int i, string description) =>
    [
        i.ToString(CultureInfo.InvariantCulture), "2026-11-29", description, "project:12:funds",
        (i * 100m + 0.25m).ToString("¥#,##0.00", CultureInfo.InvariantCulture),
    ];
}
