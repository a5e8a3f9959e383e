using System.Globalization;
using PdfSharp.Drawing;
using QRCoder;

namespace Grants.Reports.Layout;

/// <summary>
/// A QR code drawn as vector squares (sharp at any zoom, no image decoding), e.g. the link that verifies a notice.
/// Runs of dark modules in a row are one rectangle each, written as raw operators in module units under one
/// transformation: through XGraphics, the few hundred rectangles cost about as much as the rest of the notice's page.
/// </summary>
public static class QrCode
{
    public static void Draw(Canvas canvas, string text, XRect box)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = Math.Min(box.Width, box.Height) / matrix.Count;
        var raw = canvas.Raw;
        var pdfTop = canvas.Graphics.PageSize.Height - box.Top;
        raw.Append(CultureInfo.InvariantCulture, $"q 0 g {module:0.#####} 0 0 {-module:0.#####} {box.Left:0.###} {pdfTop:0.###} cm\n");
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
                    raw.Append(CultureInfo.InvariantCulture, $"{start} {row} {col - start} 1 re\n");
                    start = -1;
                }
            }
        }

        raw.Append("f Q\n");
    }
}
