using Grants.Reports.Notices;
using QRCoder;
using UglyToad.PdfPig;

namespace Grants.Reports.Tests;

/// <summary>
/// The notice's QR code is written as raw operators under a transformation of its own, so read it back from the PDF
/// as a reader would: the filled squares, module by module, must be the code of the notice's verify link, right over
/// its caption on the page with the signature.
/// </summary>
public sealed class QrCodeTests
{
    [Fact]
    public void The_award_notices_qr_code_reads_back_module_for_module_as_its_verify_link()
    {
        var model = NoticeSamples.Award();
        using var document = PdfDocument.Open(new AwardNotice(model).Render());
        var page = document.GetPages().Single(p => p.Text.Contains("扫码核验", StringComparison.Ordinal));
        var squares = page.Paths.Where(p => p.IsFilled)
            .SelectMany(p => p.Select(s => s.GetBoundingRectangle())).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height is > 1 and < 3).ToList(); // the modules: 2.6 lines across 29–41 modules
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(model.Header.VerifyUrl!, QRCodeGenerator.ECCLevel.M);
        var size = expected.ModuleMatrix.Count;
        var quiet = Enumerable.Range(0, size).First(i => expected.ModuleMatrix[i].Cast<bool>().Any(d => d)); // light margin, in modules

        var module = squares[0].Height;
        var (left, top) = (squares.Min(r => r.Left) - (quiet * module), squares.Max(r => r.Top) + (quiet * module));
        var dark = new bool[size, size];
        foreach (var square in squares)
        {
            var row = (int)Math.Round((top - square.Top) / module);
            for (var col = (int)Math.Round((square.Left - left) / module); col < Math.Round((square.Right - left) / module); col++)
            {
                dark[row, col] = true;
            }
        }

        var caption = page.GetWords().Single(w => w.Text.Contains("扫码核验", StringComparison.Ordinal)).BoundingBox;
        Assert.InRange(squares.Min(r => r.Bottom) - caption.Top, 0, 12); // the caption starts just under the last row
        Assert.InRange(caption.Left, left, left + (size * module));
        Assert.All(Enumerable.Range(0, size), row => Assert.All(Enumerable.Range(0, size), col =>
            Assert.True(dark[row, col] == expected.ModuleMatrix[row][col], $"module ({row}, {col})")));
    }
}
