using Grants.Reports.Layout;

namespace Grants.Reports.Tests;

/// <summary>
/// The pager's geometry with a fixed-width measurer: nothing ends below the content area, glued pieces move together,
/// a paragraph leaves no single line behind, spacing never opens a page, and the foot block sits on the foot.
/// </summary>
public sealed class LayoutFlowTests
{
    private static readonly TextStyle Style = TextStyle.Body(9) with { Leading = 10 };

    [Fact]
    public void Paragraph_lines_fit_the_width_and_the_first_line_leaves_room_for_its_indent()
    {
        var paragraph = new Paragraph(new string('字', 100), Style) { IndentChars = 2 };

        var lines = paragraph.Compose(Fixed.Measurer, 90).ToList();

        Assert.Equal(11, lines.Count); // 8 characters on the first line (90 − 18 pt), then 10 a line
        Assert.All(lines, line => Assert.Equal(10, line.Height));
    }

    [Fact]
    public void Nothing_ends_below_the_content_area_and_pieces_follow_each_other()
    {
        var blocks = Enumerable.Range(0, 40).Select(i => new Paragraph(new string('文', 7 + (i * 13 % 50)), Style) { SpaceAfter = 4 });

        var pages = Pager.Paginate(blocks.SelectMany(b => b.Compose(Fixed.Measurer, 90)), pageHeight: 100);

        Assert.True(pages.Count > 5);
        Assert.All(pages, page =>
        {
            Assert.All(page.Pieces, p => Assert.True(p.Bottom <= 100 + 1e-9, $"a piece ends at {p.Bottom}"));
            Assert.False(page.Pieces[0].Piece.DiscardAtPageTop, "a page opens with white space");
        });
    }

    [Fact]
    public void A_paragraph_never_leaves_one_line_alone_at_the_foot_or_the_head_of_a_page()
    {
        // 9 lines fill 90 pt; a 5-line paragraph after 8 lines would leave 1 line behind: its first two move on together.
        var pieces = Lines(8).Concat(new Paragraph(new string('字', 50), Style).Compose(Fixed.Measurer, 90)).ToList();

        var pages = Pager.Paginate(pieces, pageHeight: 90);

        Assert.Equal(8, pages[0].Pieces.Count);
        Assert.Equal(5, pages[1].Pieces.Count);
    }

    [Fact]
    public void A_keep_together_block_moves_to_the_next_page_whole()
    {
        var together = new KeepTogether(new Paragraph("落款", Style), new Paragraph("日期", Style), new Paragraph("印章", Style));
        var pieces = Lines(7).Concat(together.Compose(Fixed.Measurer, 90)).ToList();

        var pages = Pager.Paginate(pieces, pageHeight: 90);

        Assert.Equal(2, pages.Count);
        Assert.Equal(7, pages[0].Pieces.Count);
        Assert.Equal(3, pages[1].Pieces.Count);
    }

    [Fact]
    public void A_foot_block_ends_exactly_at_the_foot_of_its_page()
    {
        var foot = new AtFoot(new Paragraph("抄送", Style), new Paragraph("印发", Style));
        var pieces = Lines(3).Concat(foot.Compose(Fixed.Measurer, 90)).ToList();

        var page = Assert.Single(Pager.Paginate(pieces, pageHeight: 90));

        Assert.Equal(90, page.Pieces[^1].Bottom, 6);
        Assert.Equal(70, page.Pieces[^2].Top, 6);
        Assert.Equal(30, page.Pieces[2].Bottom, 6); // the lines above stay where they were
    }

    [Fact]
    public void A_group_heading_stays_with_its_first_line_and_a_new_page_repeats_the_table_header()
    {
        var columns = new TableColumn[] { new("乡镇", 45), new("金额", 45, Align.Right) };
        var rows = new List<TableRow>();
        for (var t = 0; t < 6; t++)
        {
            rows.Add(TableRow.Group($"乡镇{t}"));
            rows.AddRange(Enumerable.Range(0, 3).Select(i => new TableRow([$"村{i}", "1.00"])));
            rows.Add(new TableRow(["小计", "3.00"], RowKind.Subtotal));
        }

        var pages = Pager.Paginate(new TableBlock(columns, rows) { Style = Style, HeaderStyle = Style }.Compose(Fixed.Measurer, 90), pageHeight: 100);

        Assert.True(pages.Count > 1);
        var header = pages[0].Pieces[0].Piece;
        Assert.All(pages, page =>
        {
            Assert.Same(header, page.Pieces[0].Piece);
            Assert.False(page.Pieces[^1].Piece.KeepWithNext && page != pages[^1], "a page ends with a piece glued to the next");
        });
    }

    [Fact]
    public void A_piece_taller_than_a_page_and_columns_wider_than_the_page_are_refused()
    {
        var tall = new Piece(120, static (_, _) => { });
        Assert.Contains("does not fit", Assert.Throws<ReportLayoutException>(() => Pager.Paginate([tall], 100)).Message, StringComparison.Ordinal);

        var wide = new TableBlock([new("甲", 80), new("乙", 80)], []);
        Assert.Contains("160 pt wide", Assert.Throws<ReportLayoutException>(() => wide.Compose(Fixed.Measurer, 90).ToList()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_is_drawn_at_its_size_and_something_that_is_not_an_image_is_refused()
    {
        var png = new QRCoder.PngByteQRCode(new QRCoder.QRCodeGenerator().CreateQrCode("https://grants.example/logo", QRCoder.QRCodeGenerator.ECCLevel.M)).GetGraphic(4, [0, 0, 0, 255], [255, 255, 255, 255]);
        var pdf = new FlowDocument(PageSetup.A4()).Render([new Paragraph("县徽", TextStyle.Body()), new ImageBlock(png, 60, 60, Align.Center)]);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal(60, image.BoundingBox.Width, 1);
        Assert.Equal(60, image.BoundingBox.Height, 1);
        Assert.Throws<ReportModelException>(() => new ImageBlock("%PDF-1.4"u8.ToArray(), 10, 10));
        var grey = new QRCoder.PngByteQRCode(new QRCoder.QRCodeGenerator().CreateQrCode("x", QRCoder.QRCodeGenerator.ECCLevel.M)).GetGraphic(4);
        Assert.Contains("8-bit RGB PNG", Assert.Throws<ReportModelException>(() => new ImageBlock(grey, 10, 10)).Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Piece> Lines(int count) =>
        Enumerable.Range(0, count).Select(_ => new Piece(10, static (_, _) => { }));
}
