using System.Collections.Concurrent;
using Grants.Reports.Fonts;
using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>How wide a string is in a style. Layout depends on this alone, so geometry is tested with a fake.</summary>
public interface ITextMeasurer
{
    double Width(string text, TextStyle style);
}

/// <summary>Measures with the embedded fonts themselves and hands out the fonts for drawing; one per rendering.</summary>
public sealed class PdfTextMeasurer : ITextMeasurer, IDisposable
{
    private readonly XGraphics context = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(string, double, bool), XFont> fonts = [];

    public PdfTextMeasurer() => CjkFontResolver.Install();

    /// <summary>
    /// The sum PDFsharp makes (advances in font units × size ÷ units per em, to the last bit), from advances cached per
    /// face: the line breaker measures every candidate line, and PDFsharp maps each string to code points and glyphs
    /// anew. Bold (simulated, which widens) and strings with control or surrogate characters are left to PDFsharp.
    /// </summary>
    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var font = Font(style, text);
        if (style.Bold || font.IsSymbolFont)
        {
            return context.MeasureString(text, font).Width;
        }

        // The whole face measures every character; the cut-down one has the same widths for the characters it keeps.
        var face = Face.Of(style.Family + CjkFontResolver.Full);
        var units = 0;
        foreach (var c in text)
        {
            if (c < ' ' || char.IsSurrogate(c))
            {
                return context.MeasureString(text, font).Width;
            }

            units += face.Advance(c, context);
        }

        return units * font.Size / face.UnitsPerEm;
    }

    /// <summary>
    /// Every run is written in Identity-H: left to choose, PDFsharp writes a run of plain ASCII (a justified line's
    /// "2026") in a second, WinAnsi font, and the subset it embeds then carries the face's whole cmap table. The face
    /// is the cut-down one unless <paramref name="text"/> has a character only the whole face has.
    /// </summary>
    public XFont Font(TextStyle style, string text)
    {
        ArgumentNullException.ThrowIfNull(style);
        var family = CjkFontResolver.FamilyFor(style.Family, text);
        var key = (family, style.Size, style.Bold);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new XFont(family, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
            fonts[key] = font;
        }

        return font;
    }

    public void Dispose() => context.Dispose();

    /// <summary>A face's advance widths in font units, measured once per character for the whole process.</summary>
    private sealed class Face
    {
        private static readonly ConcurrentDictionary<string, Face> Faces = new(StringComparer.Ordinal);

        private readonly int[] advances = new int[char.MaxValue + 1];
        private readonly Lock gate = new();
        private readonly XFont unitFont;

        private Face(string family)
        {
            UnitsPerEm = new XFont(family, 10).Metrics.UnitsPerEm;
            unitFont = new XFont(family, UnitsPerEm); // one point per font unit: widths come back in font units
            Array.Fill(advances, -1);
        }

        public int UnitsPerEm { get; }

        public static Face Of(string family) => Faces.GetOrAdd(family, f => new Face(f));

        public int Advance(char c, XGraphics context)
        {
            var advance = Volatile.Read(ref advances[c]);
            if (advance < 0)
            {
                lock (gate)
                {
                    advance = (int)Math.Round(context.MeasureString(c.ToString(), unitFont).Width);
                }

                Volatile.Write(ref advances[c], advance);
            }

            return advance;
        }
    }
}
