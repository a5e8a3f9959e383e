namespace Grants.Reports.Layout;

/// <summary>A page's size and margins in points; the content area is what lies between the margins.</summary>
public sealed record PageSetup(double Width, double Height, double Top, double Right, double Bottom, double Left)
{
    public const double PointsPerMm = 72 / 25.4;

    public double ContentWidth => Width - Left - Right;

    public double ContentHeight => Height - Top - Bottom;

    public static PageSetup A4(double marginMm = 20, bool landscape = false)
    {
        var (width, height) = landscape ? (Mm(297), Mm(210)) : (Mm(210), Mm(297));
        var margin = Mm(marginMm);
        return new PageSetup(width, height, margin, margin, margin, margin);
    }

    /// <summary>GB/T 9704-2012: A4, top 37 mm, binding (left) 28 mm, type area 156 × 225 mm, so right 26 mm and bottom 35 mm.</summary>
    public static PageSetup GbT9704 { get; } = new(Mm(210), Mm(297), Mm(37), Mm(26), Mm(35), Mm(28));

    public static double Mm(double mm) => mm * PointsPerMm;
}
