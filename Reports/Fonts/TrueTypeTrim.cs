using System.Buffers.Binary;

namespace Grants.Reports.Fonts;

/// <summary>
/// A TrueType font cut down to the characters a county's documents use, glyphs renumbered. PDFsharp's subset of a
/// font keeps only the glyphs a document draws, but its loca and hmtx tables as long as the whole font: for the CJK
/// faces (27,000 and 49,500 glyphs) that is 300–600 KB to deflate per PDF, most of a notice's rendering time and size.
/// The cut font has a few thousand glyphs, so those tables shrink with it. Outlines and hinting are copied unchanged;
/// the tables that index glyphs for shaping (GSUB, GPOS, vertical metrics, bitmaps) are left out — a PDF draws glyphs
/// by number and takes widths from hmtx.
/// </summary>
public static class TrueTypeTrim
{
    private static readonly string[] Copied = ["OS/2", "cvt ", "fpgm", "prep", "gasp"];

    /// <param name="font">A standalone TrueType font (glyf outlines), e.g. from <see cref="TrueTypeFaces.ExtractFace"/>.</param>
    /// <param name="keep">The characters (BMP) to keep; the rest map to nothing.</param>
    /// <param name="name">
    /// The cut font's name. It must differ from the whole font's: PDFsharp keeps one face per name and would otherwise
    /// take one for the other.
    /// </param>
    public static byte[] Keep(byte[] font, Func<char, bool> keep, string name)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(keep);
        var tables = Directory(font);
        var glyphs = new GlyphTable(font, tables);
        var characters = CharacterMap4.Read(font, tables["cmap"]).Where(c => keep(c.Character) && c.Glyph != 0)
            .DistinctBy(c => c.Character).OrderBy(c => c.Character).ToList();

        // Slots: glyph 0 (.notdef), one per kept character in character order, then each glyph composite glyphs are
        // built from, once.
        var slots = new List<int>(characters.Count + 1) { 0 };
        slots.AddRange(characters.Select(c => c.Glyph));
        var componentSlots = new Dictionary<int, int>();
        for (var i = 0; i < slots.Count; i++)
        {
            glyphs.Outline(slots[i], old =>
            {
                if (componentSlots.TryAdd(old, slots.Count))
                {
                    slots.Add(old);
                }

                return old;
            });
        }

        // The new glyph order puts the glyphs of the commonest width (the full-width hanzi) last, so hmtx can give
        // them their left side bearing alone: PDFsharp copies hmtx whole into every PDF's subset.
        var metrics = slots.Select(g => Metric(font, tables, g)).ToList();
        var common = metrics.Skip(1).CountBy(m => m.Advance).MaxBy(c => c.Value).Key;
        int[] order = [0, .. Enumerable.Range(1, slots.Count - 1).OrderBy(i => metrics[i].Advance == common)];
        var position = new int[slots.Count];
        for (var k = 0; k < order.Length; k++)
        {
            position[order[k]] = k;
        }

        var outlines = order.Select(slot => glyphs.Outline(slots[slot], old => position[componentSlots[old]])).ToList();
        var (hmtx, longMetrics) = HorizontalMetrics([.. order.Select(slot => metrics[slot])]);
        var (glyf, loca) = GlyphData(outlines);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["hmtx"] = hmtx,
            ["cmap"] = CharacterMap4.Write(characters.Select((c, i) => (c.Character, Glyph: position[i + 1])).ToList()),
            ["head"] = Patched(font, tables["head"], t => BinaryPrimitives.WriteInt16BigEndian(t.AsSpan(50), 1)), // long loca
            ["hhea"] = Patched(font, tables["hhea"], t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(34), (ushort)longMetrics)),
            ["maxp"] = Patched(font, tables["maxp"], t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(4), (ushort)order.Length)),
            ["post"] = Post(font, tables["post"]),
            ["name"] = Names(name),
        };
        foreach (var tag in Copied.Where(tables.ContainsKey))
        {
            result[tag] = font.AsSpan(tables[tag].Offset, tables[tag].Length).ToArray();
        }

        return Assemble(result);
    }

    private static Dictionary<string, (int Offset, int Length)> Directory(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i));
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = (checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])), checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        foreach (var required in new[] { "cmap", "glyf", "loca", "head", "hhea", "hmtx", "maxp", "post" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidDataException($"Not a TrueType font with glyf outlines: no '{required}' table.");
            }
        }

        return tables;
    }

    private static (ushort Advance, short Bearing) Metric(byte[] font, Dictionary<string, (int Offset, int Length)> tables, int glyph)
    {
        var hmtx = font.AsSpan(tables["hmtx"].Offset, tables["hmtx"].Length);
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hhea"].Offset + 34));
        return glyph < longMetrics
            ? (BinaryPrimitives.ReadUInt16BigEndian(hmtx[(glyph * 4)..]), BinaryPrimitives.ReadInt16BigEndian(hmtx[((glyph * 4) + 2)..]))
            : (BinaryPrimitives.ReadUInt16BigEndian(hmtx[((longMetrics - 1) * 4)..]), BinaryPrimitives.ReadInt16BigEndian(hmtx[((longMetrics * 4) + ((glyph - longMetrics) * 2))..]));
    }

    /// <summary>hmtx for glyphs in their new order: advance and bearing up to the last change of width, bearings alone after it.</summary>
    private static (byte[] Table, int LongMetrics) HorizontalMetrics(List<(ushort Advance, short Bearing)> metrics)
    {
        var longMetrics = metrics.Count;
        while (longMetrics > 1 && metrics[longMetrics - 2].Advance == metrics[^1].Advance)
        {
            longMetrics--;
        }

        var table = new byte[(longMetrics * 4) + ((metrics.Count - longMetrics) * 2)];
        for (var i = 0; i < metrics.Count; i++)
        {
            var at = i < longMetrics ? i * 4 : (longMetrics * 4) + ((i - longMetrics) * 2);
            if (i < longMetrics)
            {
                BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(at), metrics[i].Advance);
                at += 2;
            }

            BinaryPrimitives.WriteInt16BigEndian(table.AsSpan(at), metrics[i].Bearing);
        }

        return (table, longMetrics);
    }

    private static (byte[] Glyf, byte[] Loca) GlyphData(List<byte[]> outlines)
    {
        var loca = new byte[(outlines.Count + 1) * 4];
        var glyf = new MemoryStream();
        for (var i = 0; i < outlines.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyf.Length);
            glyf.Write(outlines[i]);
            glyf.Write(new byte[Padding(outlines[i].Length)]);
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(outlines.Count * 4), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }

    private static byte[] Patched(byte[] font, (int Offset, int Length) table, Action<byte[]> patch)
    {
        var copy = font.AsSpan(table.Offset, table.Length).ToArray();
        patch(copy);
        return copy;
    }

    /// <summary>Version 3: no glyph names (they index the old glyph order); the underline and italic figures stay.</summary>
    private static byte[] Post(byte[] font, (int Offset, int Length) post)
    {
        var copy = font.AsSpan(post.Offset, 32).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(copy, 0x00030000);
        return copy;
    }

    /// <summary>A name table with the family, style, unique, full and PostScript names (Windows, Unicode, en-US).</summary>
    private static byte[] Names(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 60 || !name.All(c => c is >= ' ' and <= '~'))
        {
            throw new ArgumentException("A font name is 1–60 printable ASCII characters.", nameof(name));
        }

        var postscript = new string([.. name.Where(c => c != ' ')]);
        (int Id, string Text)[] records = [(1, name), (2, "Regular"), (3, name), (4, name), (6, postscript)];
        var strings = records.Select(r => System.Text.Encoding.BigEndianUnicode.GetBytes(r.Text)).ToList();
        var header = 6 + (12 * records.Length);
        var table = new byte[header + strings.Sum(b => b.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)records.Length);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)header);
        var offset = 0;
        for (var i = 0; i < records.Length; i++)
        {
            var record = table.AsSpan(6 + (12 * i));
            BinaryPrimitives.WriteUInt16BigEndian(record, 3);
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], 0x0409);
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], (ushort)records[i].Id);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)strings[i].Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)offset);
            strings[i].CopyTo(table.AsSpan(header + offset));
            offset += strings[i].Length;
        }

        return table;
    }

    private static byte[] Assemble(Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var header = 12 + (16 * tags.Count);
        var font = new byte[header + tags.Sum(t => tables[t].Length + Padding(tables[t].Length))];
        var power = 1 << (int)Math.Log2(tags.Count);
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tags.Count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(16 * power));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(16 * (tags.Count - power)));
        var at = header;
        var headAt = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var data = tables[tags[i]];
            if (tags[i] == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0); // checkSumAdjustment is computed last
                headAt = at;
            }

            var record = font.AsSpan(12 + (16 * i));
            System.Text.Encoding.ASCII.GetBytes(tags[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(font.AsSpan(at));
            at += data.Length + Padding(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private static int Padding(int length) => ((length + 3) & ~3) - length;

    /// <summary>The glyf and loca tables of the source font.</summary>
    private sealed class GlyphTable(byte[] font, Dictionary<string, (int Offset, int Length)> tables)
    {
        private readonly int glyf = tables["glyf"].Offset;
        private readonly int loca = tables["loca"].Offset;
        private readonly bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"].Offset + 50)) == 1;
        private readonly int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"].Offset + 4));

        /// <summary>A glyph's outline; a composite's component numbers are rewritten through <paramref name="renumber"/>.</summary>
        public byte[] Outline(int glyph, Func<int, int> renumber)
        {
            if (glyph < 0 || glyph >= count)
            {
                throw new InvalidDataException($"The font refers to glyph {glyph}, but has {count}.");
            }

            var (start, end) = longOffsets
                ? ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + (4 * glyph))), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + (4 * glyph) + 4)))
                : (2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + (2 * glyph))), 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + (2 * glyph) + 2)));
            var outline = font.AsSpan(glyf + start, end - start).ToArray();
            if (outline.Length > 0 && BinaryPrimitives.ReadInt16BigEndian(outline) < 0)
            {
                Renumber(outline, renumber);
            }

            return outline;
        }

        private static void Renumber(byte[] composite, Func<int, int> renumber)
        {
            const int ArgsAreWords = 0x0001, Scale = 0x0008, MoreComponents = 0x0020, XyScale = 0x0040, TwoByTwo = 0x0080;
            var at = 10;
            int flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(composite.AsSpan(at));
                var component = BinaryPrimitives.ReadUInt16BigEndian(composite.AsSpan(at + 2));
                BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(at + 2), checked((ushort)renumber(component)));
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
                at += (flags & Scale) != 0 ? 2 : (flags & XyScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0;
            }
            while ((flags & MoreComponents) != 0);
        }
    }
}
