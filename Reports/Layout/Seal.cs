using Grants.Reports.Fonts;
using PdfSharp.Drawing;

namespace Grants.Reports.Layout;

/// <summary>
/// The red seal (公章) of an issuing body: a ring, a five-pointed star at the centre and the body's name along the
/// upper arc, each character turned to face the centre. Slightly translucent, so the date it presses on stays
/// legible. It marks where the seal goes on a printed copy; it is not a signature.
/// </summary>
public static class Seal
{
    public static readonly XColor Red = XColor.FromArgb(215, 200, 16, 46);

    public static void Draw(Canvas canvas, XPoint centre, double diameter, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var graphics = canvas.Graphics;
        var radius = diameter / 2;
        var ring = diameter * 0.03;
        var brush = new XSolidBrush(Red);
        graphics.DrawEllipse(new XPen(Red, ring), centre.X - radius + (ring / 2), centre.Y - radius + (ring / 2), diameter - ring, diameter - ring);
        graphics.DrawPolygon(brush, Star(centre, radius * 0.3), XFillMode.Winding);

        // The name runs over 150° to 240° of the ring, centred on 12 o'clock, at a size that fills the arc.
        var sweep = Math.Clamp(36.0 * name.Length, 150, 240);
        var spacing = radius * 0.72 * sweep * Math.PI / 180 / Math.Max(1, name.Length - 1);
        var style = new TextStyle(CjkFontResolver.Songti, Math.Min(diameter * 0.16, spacing * 0.92), Bold: true, Color: Red);
        var textRadius = radius - ring - (style.Size * 0.65);
        var font = canvas.Fonts.Font(style, name);
        for (var i = 0; i < name.Length; i++)
        {
            var angle = name.Length == 1 ? 0 : -sweep / 2 + (sweep * i / (name.Length - 1));
            var rad = angle * Math.PI / 180;
            var at = new XPoint(centre.X + (textRadius * Math.Sin(rad)), centre.Y - (textRadius * Math.Cos(rad)));
            var state = graphics.Save();
            graphics.RotateAtTransform(angle, at);
            graphics.DrawString(name[i].ToString(), font, brush, at, XStringFormats.Center);
            graphics.Restore(state);
        }
    }

    private static XPoint[] Star(XPoint centre, double outer)
    {
        var inner = outer * 0.382;
        return Enumerable.Range(0, 10).Select(k =>
        {
            var r = k % 2 == 0 ? outer : inner;
            var a = (-90 + (k * 36)) * Math.PI / 180;
            return new XPoint(centre.X + (r * Math.Cos(a)), centre.Y + (r * Math.Sin(a)));
        }).ToArray();
    }
}
