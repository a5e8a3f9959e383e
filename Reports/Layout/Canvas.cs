using System.Text;
using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>What a piece draws on: the page's graphics and the fonts of this rendering.</summary>
public sealed class Canvas(XGraphics graphics, PdfTextMeasurer fonts)
{
    public XGraphics Graphics { get; } = graphics;

    public PdfTextMeasurer Fonts { get; } = fonts;

    /// <summary>
    /// PDF operators written as they are, in PDF's own coordinates (origin bottom left), into a content stream of their
    /// own after the page's graphics: for shapes of hundreds of parts, which XGraphics would format number by number.
    /// </summary>
    internal StringBuilder Raw { get; } = new();

    /// <summary>One line of text in a box one line tall, the glyphs centred in the line's pitch.</summary>
    public void Line(string text, TextStyle style, XRect box, Align align)
    {
        if (text.Length == 0)
        {
            return;
        }

        var font = Fonts.Font(style, text);
        var brush = new XSolidBrush(style.Ink);
        var y = box.Top + ((style.LineHeight - style.Size) / 2);
        if (align == Align.Justify && TryJustify(text, style, box, y, font, brush))
        {
            return;
        }

        var (x, format) = align switch
        {
            Align.Right => (box.Right, XStringFormats.TopRight),
            Align.Center => (box.Left + (box.Width / 2), XStringFormats.TopCenter),
            _ => (box.Left, XStringFormats.TopLeft),
        };
        Graphics.DrawString(text, font, brush, new XPoint(x, y), format);
    }

    /// <summary>
    /// Spreads the line's slack over the gaps between its break units (Chinese characters, Latin words). A line that
    /// already fills its box is drawn in one call; only lines with Latin or digits in them usually need spreading.
    /// </summary>
    private bool TryJustify(string text, TextStyle style, XRect box, double y, XFont font, XBrush brush)
    {
        var slack = box.Width - Fonts.Width(text, style);
        if (slack < 0.5)
        {
            return false;
        }

        var units = LineBreaker.Units(text).ToList();
        if (units.Count < 2)
        {
            return false;
        }

        var gap = slack / (units.Count - 1);
        var x = box.Left;
        foreach (var unit in units)
        {
            Graphics.DrawString(unit, font, brush, new XPoint(x, y), XStringFormats.TopLeft);
            x += Fonts.Width(unit, style) + gap;
        }

        return true;
    }
}
