using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Grants.Reports.Layout;

/// <summary>Draws on every page outside the flow: page numbers, running heads. Knows the page and the page count.</summary>
public delegate void PageDecoration(Canvas canvas, PageSetup page, int number, int count);

/// <summary>
/// A document of pages: blocks flow down the content area of <see cref="Page"/>, the <see cref="Pager"/> breaks them
/// over pages, then every page is drawn with its decorations. Two passes — lay out everything, then draw — so every
/// page can say how many pages there are. Fonts are embedded (subset) by PDFsharp.
/// </summary>
public sealed class FlowDocument(PageSetup page)
{
    public PageSetup Page { get; } = page ?? throw new ArgumentNullException(nameof(page));

    public string Title { get; init; } = "";

    public string Author { get; init; } = "";

    public PageDecoration? Decoration { get; init; }

    public IReadOnlyList<PagePlan> Paginate(IEnumerable<Block> blocks, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return Pager.Paginate(blocks.SelectMany(b => b.Compose(measurer, Page.ContentWidth)), Page.ContentHeight);
    }

    public byte[] Render(IEnumerable<Block> blocks)
    {
        using var stream = new MemoryStream();
        Render(blocks, stream);
        return stream.ToArray();
    }

    /// <summary>Lays out, then writes the whole PDF to <paramref name="output"/>; a layout error throws before a byte is written.</summary>
    public void Render(IEnumerable<Block> blocks, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var fonts = new PdfTextMeasurer();
        var pages = Paginate(blocks, fonts);

        using var document = new PdfDocument();
        document.Info.Title = Title;
        document.Info.Author = Author;
        document.Info.Creator = "Grants";
        document.Options.CompressContentStreams = true;
        // Deflating the two embedded CJK subsets is most of a notice's cost: the fastest level renders about 2.5× faster
        // for files about 1.5× larger (BENCHMARKS, notices) — a county's quarter is thousands of notices.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        for (var n = 0; n < pages.Count; n++)
        {
            var pdfPage = document.AddPage();
            (pdfPage.Width, pdfPage.Height) = (XUnit.FromPoint(Page.Width), XUnit.FromPoint(Page.Height));
            Canvas canvas;
            using (var graphics = XGraphics.FromPdfPage(pdfPage))
            {
                canvas = new Canvas(graphics, fonts);
                foreach (var placed in pages[n].Pieces)
                {
                    placed.Piece.Draw(canvas, new XRect(Page.Left, Page.Top + placed.Top, Page.ContentWidth, placed.Piece.Height));
                }

                Decoration?.Invoke(canvas, Page, n + 1, pages.Count);
            }

            if (canvas.Raw.Length > 0)
            {
                pdfPage.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes($"q\n{canvas.Raw}Q\n"));
            }
        }

        document.Save(output, closeStream: false);
    }
}
