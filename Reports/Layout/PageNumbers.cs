using System.Globalization;
using Grants.Reports.Fonts;
using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>The two ways our documents number their pages.</summary>
public static class PageNumbers
{
    /// <summary>
    /// GB/T 9704: "— 1 —" in 4号 (14 pt) 宋体, 7 mm below the type area; odd pages at the right and even pages at the
    /// left, one character in from the edge of the type area.
    /// </summary>
    public static PageDecoration Dashed { get; } = (canvas, page, number, _) =>
    {
        var style = new TextStyle(CjkFontResolver.Songti, 14);
        var text = string.Create(CultureInfo.InvariantCulture, $"— {number} —");
        var top = page.Height - page.Bottom + PageSetup.Mm(7);
        var box = new XRect(page.Left + style.Size, top, page.ContentWidth - (2 * style.Size), style.LineHeight);
        canvas.Line(text, style, box, number % 2 == 1 ? Align.Right : Align.Left);
    };

    /// <summary>"第 1 页 共 N 页", centred below the content area: tables and ledgers.</summary>
    public static PageDecoration OfTotal { get; } = (canvas, page, number, count) =>
    {
        var style = TextStyle.Body(9);
        var text = string.Create(CultureInfo.InvariantCulture, $"第 {number} 页 共 {count} 页");
        canvas.Line(text, style, new XRect(page.Left, page.Height - page.Bottom + 8, page.ContentWidth, style.LineHeight), Align.Center);
    };
}
