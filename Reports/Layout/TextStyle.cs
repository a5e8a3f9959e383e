using Grants.Reports.Fonts;
using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>
/// How a run of text looks: face (one of <see cref="CjkFontResolver"/>'s families), size in points, bold, colour, and
/// the line pitch (baseline to baseline) — 1.35 × the size unless a document fixes it, as GB/T 9704 does.
/// </summary>
public sealed record TextStyle(string Family, double Size, bool Bold = false, double? Leading = null, XColor? Color = null)
{
    public double LineHeight => Leading ?? Math.Round(Size * 1.35, 2);

    public XColor Ink => Color ?? XColors.Black;

    public static TextStyle Body(double size = 10) => new(CjkFontResolver.Songti, size);

    public static TextStyle Strong(double size = 10) => new(CjkFontResolver.Heiti, size);
}

public enum Align
{
    Left,
    Right,
    Center,

    /// <summary>Both edges flush (两端对齐); the last line of a paragraph stays left.</summary>
    Justify,
}
