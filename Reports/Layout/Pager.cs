namespace Grants.Reports.Layout;

/// <summary>A piece where the pager put it: its top measured from the top of the content area.</summary>
public sealed record PlacedPiece(Piece Piece, double Top)
{
    public double Bottom => Top + Piece.Height;
}

public sealed record PagePlan(IReadOnlyList<PlacedPiece> Pieces);

/// <summary>
/// Puts pieces on pages of a given content height. Pieces glued by <see cref="Piece.KeepWithNext"/> form a group that
/// moves to the next page whole when it does not fit where it is; a group taller than a whole page is split piece by
/// piece. A piece that opens a page brings its <see cref="Piece.RepeatHeader"/> first. Nothing ever ends below the
/// content area: a single piece taller than a page is refused.
/// </summary>
public static class Pager
{
    public static IReadOnlyList<PagePlan> Paginate(IEnumerable<Piece> pieces, double pageHeight)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var pages = new List<PagePlan>();
        var current = new List<PlacedPiece>();
        var top = 0.0;
        var group = new List<Piece>();

        void NewPage()
        {
            pages.Add(new PagePlan(current));
            current = [];
            top = 0;
        }

        void Place(Piece piece)
        {
            if (piece.DiscardAtPageTop && current.Count == 0)
            {
                return;
            }

            if (piece.Height > pageHeight - HeaderHeight(piece))
            {
                throw new ReportLayoutException($"A piece {piece.Height:0.#} pt tall does not fit on a page with {pageHeight:0.#} pt of content area.");
            }

            if (top + piece.Height > pageHeight && current.Count > 0)
            {
                NewPage();
                if (piece.DiscardAtPageTop)
                {
                    return;
                }
            }

            if (current.Count == 0 && piece.RepeatHeader is { } header && !ReferenceEquals(header, piece))
            {
                current.Add(new PlacedPiece(header, 0));
                top = header.Height;
            }

            current.Add(new PlacedPiece(piece, top));
            top += piece.Height;
        }

        void PlaceGroup()
        {
            var height = group.Sum(p => p.Height);
            var fitsHere = top + height <= pageHeight;
            var fitsOnAFreshPage = height + HeaderHeight(group[0]) <= pageHeight;
            if (!fitsHere && fitsOnAFreshPage && current.Count > 0)
            {
                NewPage();
            }

            group.ForEach(Place);
            group.Clear();
        }

        foreach (var piece in pieces)
        {
            group.Add(piece);
            if (!piece.KeepWithNext)
            {
                PlaceGroup();
            }
        }

        if (group.Count > 0)
        {
            PlaceGroup();
        }

        if (current.Count > 0 || pages.Count == 0)
        {
            pages.Add(new PagePlan(current));
        }

        return pages.Select(p => SinkFoot(p, pageHeight)).ToList();
    }

    /// <summary>From the first sinking piece on, the page's pieces move down so the last one ends at the foot.</summary>
    private static PagePlan SinkFoot(PagePlan page, double pageHeight)
    {
        var first = page.Pieces.ToList().FindIndex(p => p.Piece.SinksToFoot);
        if (first < 0)
        {
            return page;
        }

        var shift = pageHeight - page.Pieces[^1].Bottom;
        return new PagePlan(page.Pieces.Select((p, i) => i < first ? p : p with { Top = p.Top + shift }).ToList());
    }

    private static double HeaderHeight(Piece piece) =>
        piece.RepeatHeader is { } header && !ReferenceEquals(header, piece) ? header.Height : 0;
}

/// <summary>Content that cannot be laid out as asked (a row taller than a page, columns wider than the paper).</summary>
public sealed class ReportLayoutException(string message) : InvalidOperationException(message);
