namespace Grants.Reports.Layout;

/// <summary>
/// A titled table printed over as many A4 pages as it needs: the title on the first page, the header row on every
/// page, cell text wrapped inside its column (money right-aligned), and "第 n 页 共 N 页" at the foot of each page.
/// The ledger PDF for auditors.
/// </summary>
public sealed class TableDocument(string title, IReadOnlyList<TableColumn> columns)
{
    public byte[] Render(IEnumerable<IReadOnlyList<string>> rows, bool landscape = false) =>
        Render(rows.Select(r => new TableRow(r)), landscape);

    public byte[] Render(IEnumerable<TableRow> rows, bool landscape = false)
    {
        var document = new FlowDocument(PageSetup.A4(20, landscape)) { Title = title, Decoration = PageNumbers.OfTotal };
        return document.Render(
        [
            new Paragraph(title, TextStyle.Strong(16)) { Align = Align.Center, SpaceAfter = 12 },
            new TableBlock(columns, rows),
        ]);
    }
}
