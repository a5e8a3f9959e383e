using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>White space of a fixed height; dropped when it would open a page.</summary>
public sealed class Spacer(double height) : Block
{
    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width) => [Piece.Space(height)];
}

/// <summary>A horizontal rule across the column (the red rule under a notice's header, the lines of 版记).</summary>
public sealed class HorizontalRule(XColor color, double thickness, double spaceAbove = 0, double spaceBelow = 0) : Block
{
    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        yield return new Piece(spaceAbove + thickness + spaceBelow, (canvas, area) =>
        {
            var y = area.Top + spaceAbove + (thickness / 2);
            canvas.Graphics.DrawLine(new XPen(color, thickness), area.Left, y, area.Right, y);
        });
    }
}

/// <summary>Blocks that must share a page (a signature with its date and seal); split only when taller than a page.</summary>
public sealed class KeepTogether(params Block[] blocks) : Block
{
    public bool KeepWithNext { get; init; }

    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        var pieces = blocks.SelectMany(b => b.Compose(measurer, width)).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            yield return pieces[i] with { KeepWithNext = i < pieces.Count - 1 || KeepWithNext };
        }
    }
}

/// <summary>Blocks kept together and moved down to end at the foot of the page they land on (a notice's 版记).</summary>
public sealed class AtFoot(params Block[] blocks) : Block
{
    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width) =>
        new KeepTogether(blocks).Compose(measurer, width).Select((p, i) => i == 0 ? p with { SinksToFoot = true } : p);
}
