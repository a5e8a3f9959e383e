using Grants.Reports.Fonts;
using PdfSharp.Drawing;

namespace Grants.Reports.Tests;

/// <summary>
/// The free CJK faces, made standalone from Debian's collections, embed in a PDF and give back every character
/// drawn — Chinese, Latin letters, digits and the yuan sign — so no amount or name ever prints as boxes.
/// </summary>
public sealed class CjkFontTests
{
    private const string Sample = "挂黑牌通报 城关镇东岳花园小区 ¥12,345.67 Grants 2026年第3季度";

    static CjkFontTests() => CjkFontResolver.Install();

    [Theory]
    [InlineData(CjkFontResolver.Heiti)]
    [InlineData(CjkFontResolver.Songti)]
    [InlineData(CjkFontResolver.Kaiti)]
    [InlineData("仿宋")]
    public void Each_face_draws_chinese_latin_and_digits_that_come_back_as_written(string family)
    {
        var pdf = Draw(family, Sample);
        // Kept beside the binaries for a person to render and look at (pdftoppm).
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", $"font-{family}.pdf"), pdf);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(Sample.Replace(" ", "", StringComparison.Ordinal), page.Text.Replace(" ", "", StringComparison.Ordinal));
        Assert.All(page.Letters, letter => Assert.DoesNotContain("Helvetica", letter.FontName, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_face_of_a_collection_becomes_a_standalone_truetype_font()
    {
        foreach (var face in CjkFonts.Required)
        {
            var collection = File.ReadAllBytes(face.Path);
            var font = TrueTypeFaces.ExtractFace(collection, 0);

            Assert.True(TrueTypeFaces.FaceCount(collection) >= 1);
            Assert.Equal([0x00, 0x01, 0x00, 0x00], font[..4]);
            Assert.True(font.Length < collection.Length || TrueTypeFaces.FaceCount(collection) == 1);
        }
    }

    [Fact]
    public void Something_that_is_not_a_collection_is_refused_clearly()
    {
        var e = Assert.Throws<InvalidDataException>(() => TrueTypeFaces.ExtractFace("%PDF-1.4 not a font"u8.ToArray(), 0));
        Assert.Contains("TrueType collection", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrueTypeFaces.ExtractFace(File.ReadAllBytes(CjkFonts.Required[0].Path), 99));
    }

    [Theory]
    [InlineData(CjkFontResolver.Songti, 15.793)]
    [InlineData(CjkFontResolver.Heiti, 9)]
    [InlineData(CjkFontResolver.Kaiti, 22)]
    public void The_layout_measures_text_exactly_as_pdfsharp_does(string family, double size)
    {
        using var measurer = new Grants.Reports.Layout.PdfTextMeasurer();
        using var context = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var style = new Grants.Reports.Layout.TextStyle(family, size);
        var random = new Random(9704);
        const string Alphabet = "挂黑牌通报城关镇东岳花园小区，。、；：（）《》“”¥1234567890.,;:()ABCxyz -—…〔〕号";
        for (var i = 0; i < 500; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            Assert.Equal(context.MeasureString(text, measurer.Font(style, text)).Width, measurer.Width(text, style), 9);
        }
    }

    [Fact]
    public void A_missing_font_file_is_a_clear_error_naming_the_debian_package_to_install()
    {
        var resolver = new CjkFontResolver([new FontFace(CjkFontResolver.Songti, "fonts-arphic-uming", "/nonexistent/uming.ttc")]);

        var e = Assert.Throws<FileNotFoundException>(() => resolver.GetFont(CjkFontResolver.Songti));

        Assert.Contains("fonts-arphic-uming", e.Message, StringComparison.Ordinal);
        Assert.Contains("Songti", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Draw(string family, string text)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString(text, new XFont(family, 14), XBrushes.Black, new XPoint(40, 80));
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
