using System.Buffers.Binary;
using System.Diagnostics;
using Grants.Reports.Fonts;
using Grants.Reports.Layout;
using PdfSharp.Drawing;

namespace Grants.Reports.Tests;

/// <summary>
/// The cut-down faces draw every character they keep pixel for pixel as the whole faces do (outlines, composite glyphs
/// and widths survive the renumbering), they are a fraction of the size, and a character they leave out is drawn in
/// the whole face instead of as a box.
/// </summary>
public sealed class TrueTypeTrimTests
{
    static TrueTypeTrimTests() => CjkFontResolver.Install();

    [Theory]
    [InlineData(CjkFontResolver.Songti)]
    [InlineData(CjkFontResolver.Heiti)]
    [InlineData(CjkFontResolver.Kaiti)]
    public void A_cut_down_face_draws_every_kept_character_exactly_as_the_whole_face(string family)
    {
        var text = Sample(new Random(9704), 480);

        var cut = Pixels(Draw(text, _ => family));
        var whole = Pixels(Draw(text, _ => family + CjkFontResolver.Full));

        Assert.True(cut.Length > 10_000);
        Assert.Equal(whole, cut);
    }

    [Fact]
    public void A_character_the_cut_down_face_leaves_out_is_drawn_in_the_whole_face_not_as_a_box()
    {
        const string Rare = "堃"; // GBK, not GB 2312: a rare character of the kind village and person names carry
        using var measurer = new PdfTextMeasurer();
        var style = new TextStyle(CjkFontResolver.Songti, 40);

        Assert.False(CommonCharacters.Contains(Rare[0]));
        Assert.Equal(CjkFontResolver.Songti + CjkFontResolver.Full, measurer.Font(style, Rare).FontFamily.Name);
        Assert.Equal(CjkFontResolver.Songti, measurer.Font(style, "城关镇 ¥12.00").FontFamily.Name);
        var chosen = Pixels(Draw(Rare, t => CjkFontResolver.FamilyFor(CjkFontResolver.Songti, t)));
        Assert.Equal(Pixels(Draw(Rare, _ => CjkFontResolver.Songti + CjkFontResolver.Full)), chosen);
        Assert.NotEqual(Pixels(Draw(Rare, _ => CjkFontResolver.Songti)), chosen);
    }

    [Fact]
    public void A_cut_down_face_keeps_a_few_thousand_glyphs_of_tens_of_thousands()
    {
        foreach (var face in CjkFonts.Required)
        {
            var whole = TrueTypeFaces.ExtractFace(File.ReadAllBytes(face.Path), 0);
            var cut = TrueTypeTrim.Keep(whole, CommonCharacters.Contains, "Test Common");

            Assert.InRange(Glyphs(cut), 7_000, 16_000); // the characters, and the parts composite glyphs are built from
            Assert.True(Glyphs(whole) > 2 * Glyphs(cut), $"{face.Role}: {Glyphs(whole)} glyphs whole, {Glyphs(cut)} cut");
            Assert.True(cut.Length < whole.Length / 2, $"{face.Role}: {whole.Length:N0} bytes whole, {cut.Length:N0} cut");
        }
    }

    [Fact]
    public void Every_kept_character_is_found_in_a_character_map_of_a_few_dozen_segments()
    {
        // PDFsharp walks the segments from the first for every character it draws or measures.
        foreach (var face in CjkFonts.Required)
        {
            var cut = TrueTypeTrim.Keep(TrueTypeFaces.ExtractFace(File.ReadAllBytes(face.Path), 0), CommonCharacters.Contains, "Test Common");

            Assert.InRange(Segments(cut), 2, 64);
        }

        var font = new XFont(CjkFontResolver.Songti, 12, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var whole = new XFont(CjkFontResolver.Songti + CjkFontResolver.Full, 12, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var kept = Enumerable.Range(0x20, 0xFFFE - 0x20)
            .Where(c => CommonCharacters.Contains((char)c) && PdfSharp.Fonts.GlyphHelper.GlyphIndexFromCodePoint(c, whole) != 0).ToList();
        var glyphs = kept.Select(c => PdfSharp.Fonts.GlyphHelper.GlyphIndexFromCodePoint(c, font)).ToList();
        Assert.True(kept.Count > 7_000);
        Assert.DoesNotContain((ushort)0, glyphs);
        Assert.Equal(kept.Count, glyphs.Distinct().Count());
        Assert.Equal(0, PdfSharp.Fonts.GlyphHelper.GlyphIndexFromCodePoint('堃', font));
    }

    [Fact]
    public void Something_that_is_not_a_truetype_font_is_refused_clearly()
    {
        var notAFont = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(notAFont, 0x00010000);

        var e = Assert.Throws<InvalidDataException>(() => TrueTypeTrim.Keep(notAFont, CommonCharacters.Contains, "Test Common"));

        Assert.Contains("no 'cmap' table", e.Message, StringComparison.Ordinal);
    }

    private static int Segments(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i));
            if (record[..4].SequenceEqual("cmap"u8))
            {
                var cmap = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var subtable = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(cmap + 8));
                return BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(subtable + 6)) / 2;
            }
        }

        throw new InvalidDataException("no cmap");
    }

    /// <summary>Characters of every kind the documents print: hanzi from across GB 2312, digits, Latin, punctuation.</summary>
    private static string Sample(Random random, int hanzi)
    {
        var common = Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => (char)c).Where(CommonCharacters.Contains).ToList();
        var picked = Enumerable.Range(0, hanzi).Select(_ => common[random.Next(common.Count)]);
        return new string([.. picked]) + "¥12,345.67 〔2026〕3号 ABCxyz（）《》“”、。，：；—…①";
    }

    private static byte[] Draw(string text, Func<string, string> family)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var y = 40.0;
            foreach (var line in text.Chunk(24).Select(c => new string(c)))
            {
                graphics.DrawString(line, new XFont(family(line), 20, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault), XBrushes.Black, new XPoint(30, y));
                y += 26;
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>The page rendered by poppler (pdftoppm), as grey pixels.</summary>
    private static byte[] Pixels(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trim-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "72", "-gray", "-singlefile", path])
            {
                RedirectStandardOutput = true,
            })!;
            using var pixels = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(pixels);
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return pixels.ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int Glyphs(byte[] font)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = font.AsSpan(12 + (16 * i));
            if (record[..4].SequenceEqual("maxp"u8))
            {
                return BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]) + 4));
            }
        }

        throw new InvalidDataException("no maxp");
    }
}
