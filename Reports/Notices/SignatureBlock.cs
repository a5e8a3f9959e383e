using Grants.Reports.Layout;
using PdfSharp.Drawing;

namespace Grants.Reports.Notices;

/// <summary>
/// The end of a notice (GB/T 9704 7.3.5): two blank lines, the issuing body's name centred over the date, the date
/// four characters in from the right, and the red seal centred over them, its lower half pressing on the date. One piece, so it
/// never splits; the QR code that verifies the notice, when there is one, sits at the left of the same lines.
/// </summary>
internal sealed class SignatureBlock(NoticeHeader header, TextStyle body) : Block
{
    private static readonly double SealDiameter = PageSetup.Mm(42);

    public override IEnumerable<Piece> Compose(ITextMeasurer measurer, double width)
    {
        var date = ChineseText.Date(header.IssuedOn);
        var dateWidth = measurer.Width(date, body);
        var line = body.LineHeight;
        yield return new Piece((line * 4.4) + 8, (canvas, area) =>
        {
            var dateRight = area.Right - (4 * body.Size);
            var centreX = dateRight - (dateWidth / 2);
            var nameTop = area.Top + (line * 2.4);
            var name = header.Issuer.Name;
            var nameWidth = canvas.Fonts.Width(name, body);
            canvas.Line(name, body, new XRect(centreX - (nameWidth / 2), nameTop, nameWidth + 1, line), Align.Left);
            canvas.Line(date, body, new XRect(centreX - (dateWidth / 2), nameTop + line, dateWidth + 1, line), Align.Left);
            Seal.Draw(canvas, new XPoint(centreX, nameTop - (line * 0.35)), SealDiameter, name);
            if (header.VerifyUrl is { } url)
            {
                var size = line * 2.6;
                QrCode.Draw(canvas, url, new XRect(area.Left, area.Top + (line * 1.2), size, size));
                var caption = body with { Size = 9, Leading = 12 };
                canvas.Line("扫码核验", caption, new XRect(area.Left, area.Top + (line * 1.2) + size, size, 12), Align.Center);
            }
        });
    }
}
