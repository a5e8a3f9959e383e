using System.Globalization;
using System.Text;

namespace Grants.Web.Bench;

/// <summary>Percentiles and a plain-text table: all the statistics the benchmarks need.</summary>
internal static class BenchTable
{
    /// <summary>Nearest-rank percentile of an ascending list (p in 0..100).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Number(double value, int decimals = 1) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    /// <summary>The first column left-aligned, the others (numbers) right-aligned.</summary>
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            text.AppendLine(string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());

        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToList());
        foreach (var row in rows)
        {
            Line(row);
        }

        return text.ToString();
    }
}

/// <summary>One scenario's outcome, as printed and as recorded in docs/BENCHMARKS.md.</summary>
internal sealed record BenchSection(string Scenario, string Engine, string Parameters, string Table, string Interpretation);
