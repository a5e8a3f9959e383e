using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

public enum RowKind
{
    Line,

    /// <summary>A group's heading across the whole table (a township), kept with the group's first line.</summary>
    Group,

    /// <summary>A group's subtotal (小计): bold on a light tint.</summary>
    Subtotal,

    /// <summary>The grand total (合计): bold on a darker tint with a double rule above.</summary>
    Total,
}

public sealed record TableRow(IReadOnlyList<string> Cells, RowKind Kind = RowKind.Line)
{
    public static TableRow Group(string heading) => new([heading], RowKind.Group);
}

/// <summary>
/// A table that flows over pages: every row is a piece that never splits, the header row repeats at the top of each
/// page the table reaches, money columns align right, groups keep their heading with their first line and their
/// last line with their subtotal.
/// </summary>
public sealed class TableBlock(IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows) : Block
{
    private static readonly XPen Grid = new(XColors.Gray, 0.5);
    private static readonly XBrush HeaderTint = new XSolidBrush(XColor.FromArgb(235, 235, 235));
    private static readonly XBrush SubtotalTint = new XSolidBrush(XColor.FromArgb(245, 245, 245));

    public TextStyle Style { get; init; } = TextStyle.Body(9) with { Leading = 12 };

    public TextStyle HeaderStyle { get; init; } = TextStyle.Strong(9) with { Leading = 12 };

    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        var layout = new TableLayout(columns, s => measurer.Width(s, Style), Style.LineHeight);
        if (layout.Width > width + 0.5)
        {
            throw new ReportLayoutException($"The columns are {layout.Width:0} pt wide; the page has {width:0} pt between its margins.");
        }

        var boldLayout = new TableLayout(columns, s => measurer.Width(s, HeaderStyle), HeaderStyle.LineHeight);
        var headerRow = boldLayout.Measure(columns.Select(c => c.Heading).ToList());
        var header = new Piece(headerRow.Height, (canvas, area) => DrawCells(canvas, area, layout, headerRow, HeaderStyle, HeaderTint, center: true))
        {
            KeepWithNext = true,
        };
        yield return header;

        // One row is held back so that a subtotal or total never opens a page alone: the row before it is glued to it.
        Piece? previous = null;
        foreach (var row in rows)
        {
            var piece = Compose(row, layout, boldLayout) with { RepeatHeader = header };
            if (previous is not null)
            {
                yield return row.Kind is RowKind.Subtotal or RowKind.Total ? previous with { KeepWithNext = true } : previous;
            }

            previous = piece;
        }

        if (previous is not null)
        {
            yield return previous;
        }
    }

    private Piece Compose(TableRow row, TableLayout layout, TableLayout boldLayout)
    {
        switch (row.Kind)
        {
            case RowKind.Group:
                var heading = boldLayout.MeasureSpanning(row.Cells[0]);
                return new Piece(heading.Height, (canvas, area) =>
                {
                    var row = area with { Width = layout.Width };
                    canvas.Graphics.DrawRectangle(Grid, row);
                    DrawLines(canvas, heading.Cells[0], HeaderStyle, row, layout.Padding, Align.Left);
                }) { KeepWithNext = true };
            case RowKind.Subtotal or RowKind.Total:
                var totals = boldLayout.Measure(row.Cells);
                var tint = row.Kind == RowKind.Total ? HeaderTint : SubtotalTint;
                return new Piece(totals.Height, (canvas, area) =>
                {
                    DrawCells(canvas, area, layout, totals, HeaderStyle, tint, center: false);
                    if (row.Kind == RowKind.Total)
                    {
                        canvas.Graphics.DrawLine(Grid, area.Left, area.Top + 1.5, area.Left + layout.Width, area.Top + 1.5);
                    }
                });
            default:
                var measured = layout.Measure(row.Cells);
                return new Piece(measured.Height, (canvas, area) => DrawCells(canvas, area, layout, measured, Style, null, center: false));
        }
    }

    private static void DrawCells(Canvas canvas, XRect area, TableLayout layout, MeasuredRow row, TextStyle style, XBrush? tint, bool center)
    {
        var x = area.Left;
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var column = layout.Columns[i];
            var cell = new XRect(x, area.Top, column.Width, area.Height);
            if (tint is not null)
            {
                canvas.Graphics.DrawRectangle(tint, cell);
            }

            canvas.Graphics.DrawRectangle(Grid, cell);
            DrawLines(canvas, row.Cells[i], style, cell, layout.Padding, center ? Align.Center : column.Align);
            x += column.Width;
        }
    }

    private static void DrawLines(Canvas canvas, IReadOnlyList<string> lines, TextStyle style, XRect cell, double padding, Align align)
    {
        for (var line = 0; line < lines.Count; line++)
        {
            var box = new XRect(cell.Left + padding, cell.Top + padding + (line * style.LineHeight), cell.Width - (2 * padding), style.LineHeight);
            canvas.Line(lines[line], style, box, align);
        }
    }
}
