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

    public double Width(string text, TextStyle style) => text.Length == 0 ? 0 : context.MeasureString(text, Font(style)).Width;

    public XFont Font(TextStyle style)
    {
        var key = (style.Family, style.Size, style.Bold);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new XFont(style.Family, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            fonts[key] = font;
        }

        return font;
    }

    public void Dispose() => context.Dispose();
}
