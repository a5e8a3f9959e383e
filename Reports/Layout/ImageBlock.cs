using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>A PNG or JPEG (a logo) drawn at a fixed size in points. The bytes are checked when the block is made.</summary>
public sealed class ImageBlock : Block
{
    private readonly byte[] bytes;

    public ImageBlock(byte[] image, double width, double height, Align align = Align.Left)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!IsPng(image) && !IsJpeg(image))
        {
            throw new ReportModelException("An image must be a PNG or a JPEG.");
        }

        // PDFsharp 6.2 reads JPEG and 8-bit RGB(A) PNG, not 1-bit or grey PNG: find out now, not half-way through a document.
        try
        {
            using var probe = XImage.FromStream(new MemoryStream(image, writable: false));
        }
        catch (InvalidOperationException e)
        {
            throw new ReportModelException($"The image cannot be placed in a PDF ({e.Message}); save it as a JPEG or an 8-bit RGB PNG.");
        }

        (bytes, Width, Height, Align) = (image, width, height, align);
    }

    public double Width { get; }

    public double Height { get; }

    public Align Align { get; }

    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        yield return new Piece(Height, (canvas, area) =>
        {
            using var image = XImage.FromStream(new MemoryStream(bytes, writable: false));
            var left = Align switch
            {
                Align.Right => area.Right - Width,
                Align.Center => area.Left + ((area.Width - Width) / 2),
                _ => area.Left,
            };
            canvas.Graphics.DrawImage(image, left, area.Top, Width, Height);
        });
    }

    private static bool IsPng(byte[] b) => b.Length > 8 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G';

    private static bool IsJpeg(byte[] b) => b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
}
