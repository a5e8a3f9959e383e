using System.Globalization;
using System.Text;

namespace Grants.Domain.Assessment;

/// <summary>
/// One way to write a value in canonical text (the grading snapshot, messages): numbers without trailing zeros in
/// the invariant culture — 18.5m and 18.50m are the same input and must hash the same — and quoted, escaped text.
/// </summary>
internal static class Canonical
{
    public static string Number(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' or '\\' => text.Append('\\').Append(c),
                < ' ' => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
