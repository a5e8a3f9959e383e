using Grants.Reports.Layout;

namespace Grants.Reports.Tests;

/// <summary>A measurer where every character is 9 pt wide, whatever the style: geometry without fonts.</summary>
internal sealed class Fixed : ITextMeasurer
{
    public static readonly Fixed Measurer = new();

    public static double Measure(string text) => text.Length * 9;

    public double Width(string text, TextStyle style) => Measure(text);
}
