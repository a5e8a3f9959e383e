using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>Draws a piece into the area the pager gave it (content-area left, the piece's top, content width, its height).</summary>
public delegate void DrawPiece(Canvas canvas, XRect area);

/// <summary>
/// The unit of pagination: a slice of a block that is never split (a line of a paragraph, a table row, an image).
/// <see cref="KeepWithNext"/> glues it to the following piece (headings, keep-together blocks, widow control);
/// <see cref="RepeatHeader"/> is drawn first whenever the piece opens a page (a table's header row);
/// <see cref="DiscardAtPageTop"/> drops spacing that would otherwise open a page with white space;
/// <see cref="SinksToFoot"/> puts the page's last pieces at its foot.
/// </summary>
public sealed record Piece(double Height, DrawPiece Draw)
{
    public bool KeepWithNext { get; init; }

    public Piece? RepeatHeader { get; init; }

    public bool DiscardAtPageTop { get; init; }

    /// <summary>Moved down to end at the bottom of the content area, with the pieces after it (a notice's 版记).</summary>
    public bool SinksToFoot { get; init; }

    public static Piece Space(double height) => new(height, static (_, _) => { }) { DiscardAtPageTop = true };
}

/// <summary>Something that flows down the pages: it turns itself into pieces for a column of the given width.</summary>
public abstract class Block
{
    public abstract IEnumerable<Piece> Compose(ITextMeasurer measurer, double width);
}
