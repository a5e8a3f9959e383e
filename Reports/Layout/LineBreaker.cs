using System.Globalization;
using System.Text;

namespace Grants.Reports.Layout;

/// <summary>
/// Breaks text into lines that fit a width. Chinese breaks between any two characters, Latin words and numbers only
/// at spaces (a word wider than the line is cut by characters). The common Chinese line rules (禁则) hold: no line
/// starts with closing punctuation (，。、；：？！）》」』】…) and none ends with an opening one (（《「『【), so a
/// comma is never orphaned at the start of a line. PDFsharp's own formatter breaks only at spaces, so a Chinese
/// paragraph would run out of its box on one line.
/// </summary>
public static class LineBreaker
{
    private const string NoLineStart = "，。、；：？！）》」』】〕…—,.;:?!)]%";
    private const string NoLineEnd = "（《「『【〔([";

    /// <param name="firstLineIndent">Room kept free at the start of each paragraph's first line (两字缩进).</param>
    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure, double firstLineIndent = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        if (width <= 0 || firstLineIndent < 0 || firstLineIndent >= width)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A line must be wider than nothing.");
        }

        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            BreakParagraph(paragraph, width, firstLineIndent, measure, lines);
        }

        return lines;
    }

    private static void BreakParagraph(string paragraph, double width, double indent, Func<string, double> measure, List<string> lines)
    {
        var first = lines.Count;
        double Room() => lines.Count == first ? width - indent : width;
        var line = new StringBuilder();
        foreach (var unit in Units(paragraph))
        {
            var candidate = line.Length == 0 ? unit.TrimStart() : line + unit;
            if (string.IsNullOrWhiteSpace(unit) && measure(candidate) > Room())
            {
                continue; // spaces at the end of a line take no room and start no new one
            }

            if (measure(candidate) <= Room() || line.Length == 0 && unit.Length == 1)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length == 0)
            {
                // A single word wider than the line: cut it by characters; the last piece may take more after it.
                var pieces = Cut(unit.Trim(), Room(), width, measure).DefaultIfEmpty("").ToList();
                lines.AddRange(pieces[..^1]);
                line.Append(pieces[^1]);
                continue;
            }

            var (kept, carried) = Kinsoku(line.ToString(), unit);
            lines.Add(kept.TrimEnd());
            var rest = Cut(carried.Trim(), width, width, measure).DefaultIfEmpty("").ToList();
            lines.AddRange(rest[..^1]);
            line.Clear().Append(rest[^1]);
        }

        lines.Add(line.ToString().TrimEnd());
    }

    /// <summary>
    /// When the next unit may not start a line (closing punctuation), or the line ends with an opening one, the last
    /// character of the line moves down with it, which keeps the pair together on the next line.
    /// </summary>
    private static (string Kept, string Carried) Kinsoku(string line, string next)
    {
        var mustCarry = NoLineStart.Contains(next.TrimStart().FirstOrDefault()) || NoLineEnd.Contains(line[^1]);
        return mustCarry && line.Length > 1 && !char.IsWhiteSpace(line[^1]) && IsCjk(line[^1]) | NoLineEnd.Contains(line[^1])
            ? (line[..^1], line[^1] + next)
            : (line, next);
    }

    /// <summary>Break opportunities: each CJK character on its own; a run of other characters with its leading spaces.</summary>
    internal static IEnumerable<string> Units(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (IsCjk(rune) || NoLineStart.Contains(s, StringComparison.Ordinal) && word.Length == 0)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                yield return s;
            }
            else if (Rune.IsWhiteSpace(rune) && word.Length > 0 && !char.IsWhiteSpace(word[^1]))
            {
                yield return word.ToString();
                word.Clear().Append(s);
            }
            else
            {
                word.Append(s);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static IEnumerable<string> Cut(string word, double firstWidth, double width, Func<string, double> measure)
    {
        var piece = new StringBuilder();
        var room = firstWidth;
        foreach (var c in word)
        {
            if (piece.Length > 0 && measure(piece.ToString() + c) > room)
            {
                room = width;
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(c);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static bool IsCjk(char c) => IsCjk(new Rune(c));

    private static bool IsCjk(Rune rune) => rune.Value is >= 0x3000 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF
        && CharUnicodeInfo.GetUnicodeCategory(rune.Value) != UnicodeCategory.SpaceSeparator;
}
