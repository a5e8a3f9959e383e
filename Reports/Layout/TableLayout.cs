namespace Grants.Reports.Layout;

/// <summary>A column: its heading, its width in points, and how its cells align (money to the right).</summary>
public sealed record TableColumn(string Heading, double Width, Align Align = Align.Left);

/// <summary>A row's cells wrapped into lines, and the row's height (the tallest cell plus padding).</summary>
public sealed record MeasuredRow(IReadOnlyList<IReadOnlyList<string>> Cells, double Height);

/// <summary>
/// The geometry of a table's rows: cells wrap inside their columns, a row is as tall as its tallest cell. Pure
/// arithmetic over a measuring function, so it is tested without drawing anything; <see cref="TableBlock"/> turns
/// the rows into pieces and the <see cref="Pager"/> puts them on pages.
/// </summary>
public sealed class TableLayout(IReadOnlyList<TableColumn> columns, Func<string, double> measure, double lineHeight, double padding = 3)
{
    public IReadOnlyList<TableColumn> Columns { get; } = columns ?? throw new ArgumentNullException(nameof(columns));

    public double Width => Columns.Sum(c => c.Width);

    public double LineHeight => lineHeight;

    public double Padding => padding;

    public MeasuredRow Measure(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != Columns.Count)
        {
            throw new ArgumentException($"A row has {cells.Count} cells for {Columns.Count} columns.", nameof(cells));
        }

        var wrapped = cells.Select((text, i) => LineBreaker.Break(text ?? "", Columns[i].Width - (2 * padding), measure)).ToList();
        return new MeasuredRow(wrapped, (wrapped.Max(c => c.Count) * lineHeight) + (2 * padding));
    }

    /// <summary>A row with one cell across all columns (a group's heading).</summary>
    public MeasuredRow MeasureSpanning(string text)
    {
        var lines = LineBreaker.Break(text ?? "", Width - (2 * padding), measure);
        return new MeasuredRow([lines], (lines.Count * lineHeight) + (2 * padding));
    }
}
