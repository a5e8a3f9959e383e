using PdfSharp.Drawing;
using QRCoder;

namespace Grants.Reports.Layout;

/// <summary>
/// A QR code drawn as vector squares (sharp at any zoom, no image decoding), e.g. the link that verifies a notice.
/// Runs of dark modules in a row are drawn as one rectangle to keep the page small.
/// </summary>
public static class QrCode
{
    public static void Draw(XGraphics graphics, string text, XRect box)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = Math.Min(box.Width, box.Height) / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            var start = -1;
            for (var col = 0; col <= matrix.Count; col++)
            {
                var dark = col < matrix.Count && matrix[row][col];
                if (dark && start < 0)
                {
                    start = col;
                }
                else if (!dark && start >= 0)
                {
                    graphics.DrawRectangle(XBrushes.Black, box.Left + (start * module), box.Top + (row * module), (col - start) * module, module);
                    start = -1;
                }
            }
        }
    }
}
