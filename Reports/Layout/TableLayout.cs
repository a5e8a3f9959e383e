namespace Grants.Reports.Layout;

public enum Align
{
    Left,
    Right,
    Center,
}

/// <summary>A column: its heading, its width in points, and how its cells align (money to the right).</summary>
public sealed record TableColumn(string Heading, double Width, Align Align = Align.Left);

/// <summary>One row placed on a page: where it starts, how tall it is, and each cell's wrapped lines.</summary>
public sealed record PlacedRow(double Top, double Height, IReadOnlyList<IReadOnlyList<string>> Cells, bool IsHeader);

/// <summary>A page's share of the table: the header row again, then the rows that fit below it.</summary>
public sealed record TablePage(IReadOnlyList<PlacedRow> Rows);

/// <summary>
/// The geometry of a table that runs over pages: cells wrap inside their columns, a row never splits (it moves to the
/// next page whole), and the header row is repeated at the top of every page. Pure arithmetic over a measuring
/// function, so it is tested without drawing anything.
/// </summary>
public sealed class TableLayout(IReadOnlyList<TableColumn> columns, Func<string, double> measure, double lineHeight, double padding = 3)
{
    public IReadOnlyList<TableColumn> Columns { get; } = columns ?? throw new ArgumentNullException(nameof(columns));

    public double Width => Columns.Sum(c => c.Width);

    /// <summary>Places the rows on pages whose table area is <paramref name="pageHeight"/> tall.</summary>
    public IReadOnlyList<TablePage> Paginate(IEnumerable<IReadOnlyList<string>> rows, double pageHeight)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var header = Wrap(Columns.Select(c => c.Heading).ToList());
        var headerHeight = HeightOf(header);
        if (headerHeight * 2 > pageHeight)
        {
            throw new ArgumentOutOfRangeException(nameof(pageHeight), pageHeight, "The page is too short for the header and a row.");
        }

        var pages = new List<TablePage>();
        var placed = new List<PlacedRow> { new(0, headerHeight, header, IsHeader: true) };
        var top = headerHeight;
        foreach (var row in rows)
        {
            if (row.Count != Columns.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {Columns.Count} columns.", nameof(rows));
            }

            var cells = Wrap(row);
            var height = Math.Min(HeightOf(cells), pageHeight - headerHeight);
            if (top + height > pageHeight && placed.Count > 1)
            {
                pages.Add(new TablePage(placed));
                placed = [new(0, headerHeight, header, IsHeader: true)];
                top = headerHeight;
            }

            placed.Add(new PlacedRow(top, height, cells, IsHeader: false));
            top += height;
        }

        pages.Add(new TablePage(placed));
        return pages;
    }

    private List<IReadOnlyList<string>> Wrap(IReadOnlyList<string> cells) =>
        cells.Select((text, i) => LineBreaker.Break(text ?? "", Columns[i].Width - (2 * padding), measure)).ToList();

    private double HeightOf(IReadOnlyList<IReadOnlyList<string>> cells) => (cells.Max(c => c.Count) * lineHeight) + (2 * padding);
}
