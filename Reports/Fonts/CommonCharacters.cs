using System.Text;

namespace Grants.Reports.Fonts;

/// <summary>
/// The characters the cut-down faces keep (<see cref="TrueTypeTrim"/>): GB 2312 (the 6,763 common hanzi and its
/// symbols), Latin-1, general punctuation, letter-like and number forms, circled numbers, the squares, triangles and
/// stars of geometric shapes, CJK punctuation and full-width forms. A string with any other character — a rare hanzi in
/// a village's name, a dingbat — is drawn in the whole face instead, so nothing ever prints as a box. Every glyph kept
/// costs every PDF eight bytes of loca and hmtx to deflate, so blocks the documents never print stay out.
/// </summary>
public static class CommonCharacters
{
    private static readonly bool[] Kept = Build();

    public static bool Contains(char c) => Kept[c];

    public static bool All(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!Kept[c])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[] Build()
    {
        var kept = new bool[char.MaxValue + 1];
        foreach (var (from, to) in new[] { (0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x2199), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2605, 0x2606), (0x3000, 0x303F), (0xFF00, 0xFFEF) })
        {
            kept.AsSpan(from, to - from + 1).Fill(true);
        }

        // GB 2312 by decoding its code table (rows 0xA1–0xF7, cells 0xA1–0xFE): fast, and no exceptions per character.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding(936);
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[2];
        for (var row = 0xA1; row <= 0xF7; row++)
        {
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                (pair[0], pair[1]) = ((byte)row, (byte)cell);
                if (gb2312.GetChars(pair, decoded) == 1 && decoded[0] is > '\u007F' and not '\uFFFD' and not (>= '\uE000' and <= '\uF8FF'))
                {
                    kept[decoded[0]] = true;
                }
            }
        }

        return kept;
    }
}
