namespace Grants.Reports.Layout;

/// <summary>
/// Wrapped text in one style: Chinese breaks between characters, Latin between words (<see cref="LineBreaker"/>).
/// Each line is a piece; the first two and the last two lines stay together (no orphan or widow line), and
/// <see cref="KeepWithNext"/> glues the last line to what follows (a heading to its text).
/// </summary>
public sealed class Paragraph(string text, TextStyle style) : Block
{
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    public TextStyle Style { get; } = style ?? throw new ArgumentNullException(nameof(style));

    public Align Align { get; init; } = Align.Left;

    /// <summary>First-line indent in characters of this style (GB/T 9704 body paragraphs: 2).</summary>
    public double IndentChars { get; init; }

    /// <summary>Room kept free at the right of every line, in characters (a date "右空四字").</summary>
    public double RightInsetChars { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public bool KeepWithNext { get; init; }

    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        var indent = IndentChars * Style.Size;
        var inset = RightInsetChars * Style.Size;
        var lines = LineBreaker.Break(Text, width - inset, s => measurer.Width(s, Style), indent);
        if (SpaceBefore > 0)
        {
            yield return Piece.Space(SpaceBefore);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var left = i == 0 ? indent : 0;
            var last = i == lines.Count - 1;
            var align = Align == Align.Justify && last ? Align.Left : Align;
            yield return new Piece(Style.LineHeight, (canvas, area) =>
                canvas.Line(line, Style, new(area.Left + left, area.Top, area.Width - left - inset, area.Height), align))
            {
                KeepWithNext = (lines.Count > 1 && (i == 0 || i == lines.Count - 2)) || (last && KeepWithNext),
            };
        }

        if (SpaceAfter > 0)
        {
            yield return Piece.Space(SpaceAfter) with { KeepWithNext = KeepWithNext };
        }
    }
}
