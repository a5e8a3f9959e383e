using System.Buffers.Binary;

namespace Grants.Reports.Fonts;

/// <summary>A font's Unicode BMP character map (cmap platform 3, encoding 1, format 4): read from a font, written for a cut one.</summary>
internal static class CharacterMap4
{
    /// <summary>The Windows Unicode BMP subtable (3,1), format 4: every character with its glyph.</summary>
    public static IEnumerable<(char Character, int Glyph)> Read(byte[] font, (int Offset, int Length) cmap)
    {
        var table = font.AsSpan(cmap.Offset, cmap.Length);
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var subtable = -1;
        for (var i = 0; i < count; i++)
        {
            var record = table[(4 + (8 * i))..];
            if (BinaryPrimitives.ReadUInt16BigEndian(record) == 3 && BinaryPrimitives.ReadUInt16BigEndian(record[2..]) == 1)
            {
                subtable = cmap.Offset + checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]));
            }
        }

        if (subtable < 0 || BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(subtable)) != 4)
        {
            throw new InvalidDataException("The font has no Unicode BMP character map (platform 3, encoding 1, format 4).");
        }

        return Format4(font, subtable);
    }

    private static IEnumerable<(char, int)> Format4(byte[] font, int at)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 6)) / 2;
        var ends = at + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset));
            var (start, end, delta, rangeOffset) = (U16(starts + (2 * s)), U16(ends + (2 * s)), U16(deltas + (2 * s)), U16(rangeOffsets + (2 * s)));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0 ? c : U16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
                if (rangeOffset != 0 && glyph == 0)
                {
                    continue;
                }

                yield return ((char)c, (glyph + delta) & 0xFFFF);
            }
        }
    }

    /// <summary>
    /// A format 4 map with few segments: characters less than a gap apart share one, its glyphs listed in the glyph
    /// array (0 for the characters in between); a run of consecutive glyphs stays a plain delta. PDFsharp finds a
    /// character's segment by walking them from the first, once per character drawn or measured: one segment per run
    /// (thousands for GB 2312's scattered hanzi) made that walk a fifth of a notice's rendering time.
    /// </summary>
    public static byte[] Write(List<(char Character, int Glyph)> map)
    {
        foreach (var gap in new[] { 256, 64, 16, 1 })
        {
            if (Write(map, gap) is { } table)
            {
                return table;
            }
        }

        throw new InvalidOperationException($"Too many characters ({map.Count}) for a format 4 character map.");
    }

    private static byte[]? Write(List<(char Character, int Glyph)> map, int gap)
    {
        var groups = new List<List<(char Character, int Glyph)>>();
        foreach (var entry in map)
        {
            if (groups.Count > 0 && entry.Character - groups[^1][^1].Character <= gap)
            {
                groups[^1].Add(entry);
            }
            else
            {
                groups.Add([entry]);
            }
        }

        var segments = groups.Select(g => (Start: (int)g[0].Character, End: (int)g[^1].Character, Map: g)).ToList();
        segments.Add((0xFFFF, 0xFFFF, [((char)0xFFFF, 0)]));
        var n = segments.Count;
        bool Delta(int i) => i == n - 1 || segments[i].Map.Count == segments[i].End - segments[i].Start + 1
            && segments[i].Map[^1].Glyph - segments[i].Map[0].Glyph == segments[i].End - segments[i].Start;
        var arrayLength = Enumerable.Range(0, n).Where(i => !Delta(i)).Sum(i => segments[i].End - segments[i].Start + 1);
        var length = 16 + (8 * n) + (2 * arrayLength);
        if (length > ushort.MaxValue)
        {
            return null;
        }

        var power = 1 << (int)Math.Log2(n);
        var table = new byte[12 + length];
        var t = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(t[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(t[6..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(t[8..], 12);
        var s = t[12..];
        BinaryPrimitives.WriteUInt16BigEndian(s, 4);
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(s[6..], (ushort)(2 * n));
        BinaryPrimitives.WriteUInt16BigEndian(s[8..], (ushort)(2 * power));
        BinaryPrimitives.WriteUInt16BigEndian(s[10..], (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(s[12..], (ushort)(2 * (n - power)));
        var array = 16 + (8 * n);
        var used = 0;
        for (var i = 0; i < n; i++)
        {
            var (start, end, entries) = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(s[(14 + (2 * i))..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(s[(16 + (2 * n) + (2 * i))..], (ushort)start);
            if (Delta(i))
            {
                BinaryPrimitives.WriteUInt16BigEndian(s[(16 + (4 * n) + (2 * i))..], (ushort)((entries[0].Glyph - start) & 0xFFFF));
                continue;
            }

            // idRangeOffset: bytes from this very field to the segment's first entry in the glyph array.
            BinaryPrimitives.WriteUInt16BigEndian(s[(16 + (6 * n) + (2 * i))..], (ushort)((2 * (n - i)) + (2 * used)));
            foreach (var (c, g) in entries)
            {
                BinaryPrimitives.WriteUInt16BigEndian(s[(array + (2 * (used + c - start)))..], (ushort)g);
            }

            used += end - start + 1;
        }

        return table;
    }
}
