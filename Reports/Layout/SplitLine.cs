using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>One line with text flush left and text flush right, e.g. "示范县财政局办公室 … 2026年10月15日印发".</summary>
public sealed class SplitLine(string left, string right, TextStyle style) : Block
{
    /// <summary>Room kept at both ends, in characters.</summary>
    public double InsetChars { get; init; }

    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        var inset = InsetChars * style.Size;
        if (measurer.Width(left, style) + measurer.Width(right, style) + style.Size > width - (2 * inset))
        {
            throw new ReportLayoutException($"'{left}' and '{right}' do not fit on one line.");
        }

        yield return new Piece(style.LineHeight, (canvas, area) =>
        {
            var box = new XRect(area.Left + inset, area.Top, area.Width - (2 * inset), area.Height);
            canvas.Line(left, style, box, Align.Left);
            canvas.Line(right, style, box, Align.Right);
        });
    }
}
