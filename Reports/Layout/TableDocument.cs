using System.Globalization;
using Grants.Reports.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Grants.Reports.Layout;

/// <summary>
/// A titled table printed over as many A4 pages as it needs: the title on the first page, the header row on every
/// page, cell text wrapped inside its column (money right-aligned), and "第 n 页 共 N 页" at the foot of each page.
/// The building block of the ledger and settlement PDFs.
/// </summary>
public sealed class TableDocument(string title, IReadOnlyList<TableColumn> columns)
{
    private const double Margin = 56.7; // 20 mm
    private const double FontSize = 9;
    private const double LineHeight = 12;
    private const double TitleSpace = 36;
    private const double FooterSpace = 24;

    public byte[] Render(IEnumerable<IReadOnlyList<string>> rows, bool landscape = false)
    {
        CjkFontResolver.Install();
        var font = new XFont(CjkFontResolver.Songti, FontSize);
        var bold = new XFont(CjkFontResolver.Heiti, FontSize);
        var titleFont = new XFont(CjkFontResolver.Heiti, 16);
        using var measuring = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var layout = new TableLayout(columns, s => measuring.MeasureString(s, font).Width, LineHeight);

        using var document = new PdfDocument();
        document.Info.Title = title;
        var size = landscape ? new XSize(841.9, 595.3) : new XSize(595.3, 841.9);
        if (layout.Width > size.Width - (2 * Margin) + 0.5)
        {
            throw new InvalidOperationException($"The columns are {layout.Width:0} pt wide; the page has {size.Width - (2 * Margin):0} pt between its margins.");
        }

        var pages = layout.Paginate(rows, size.Height - (2 * Margin) - TitleSpace - FooterSpace);
        for (var n = 0; n < pages.Count; n++)
        {
            var page = document.AddPage();
            (page.Width, page.Height) = (XUnit.FromPoint(size.Width), XUnit.FromPoint(size.Height));
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawString(title, titleFont, XBrushes.Black, new XRect(Margin, Margin, size.Width - (2 * Margin), TitleSpace - 12), XStringFormats.TopCenter);
            foreach (var row in pages[n].Rows)
            {
                DrawRow(graphics, layout, row, row.IsHeader ? bold : font, Margin, Margin + TitleSpace);
            }

            var footer = string.Format(CultureInfo.InvariantCulture, "第 {0} 页 共 {1} 页", n + 1, pages.Count);
            graphics.DrawString(footer, font, XBrushes.Black, new XRect(Margin, size.Height - Margin - 12, size.Width - (2 * Margin), 12), XStringFormats.TopCenter);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void DrawRow(XGraphics graphics, TableLayout layout, PlacedRow row, XFont font, double left, double top)
    {
        var x = left;
        var pen = new XPen(XColors.Gray, 0.5);
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var column = layout.Columns[i];
            var cell = new XRect(x, top + row.Top, column.Width, row.Height);
            if (row.IsHeader)
            {
                graphics.DrawRectangle(XBrushes.WhiteSmoke, cell);
            }

            graphics.DrawRectangle(pen, cell);
            var format = column.Align switch
            {
                Align.Right => XStringFormats.TopRight,
                Align.Center => XStringFormats.TopCenter,
                _ => XStringFormats.TopLeft,
            };
            for (var line = 0; line < row.Cells[i].Count; line++)
            {
                var box = new XRect(x + 3, top + row.Top + 3 + (line * LineHeight), column.Width - 6, LineHeight);
                if (box.Bottom <= top + row.Top + row.Height)
                {
                    graphics.DrawString(row.Cells[i][line], font, XBrushes.Black, box, format);
                }
            }

            x += column.Width;
        }
    }
}
