using System.Buffers.Binary;

namespace Grants.Reports.Fonts;

/// <summary>
/// One face of a TrueType collection (.ttc) as a standalone TrueType font. PDFsharp 6.2.4 cannot read collections
/// (it throws in XFont), and Debian ships the free CJK faces only as collections; a face is its own table directory
/// plus the tables it points at, so copying those and re-pointing the offsets gives a font PDFsharp embeds and subsets.
/// </summary>
public static class TrueTypeFaces
{
    private const int TableRecordSize = 16;
    private const int OffsetTableSize = 12;

    public static int FaceCount(ReadOnlySpan<byte> collection)
    {
        EnsureCollection(collection);
        return checked((int)BinaryPrimitives.ReadUInt32BigEndian(collection[8..]));
    }

    public static byte[] ExtractFace(ReadOnlySpan<byte> collection, int face)
    {
        var count = FaceCount(collection);
        if (face < 0 || face >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(face), face, $"The collection has {count} face(s).");
        }

        var directory = checked((int)BinaryPrimitives.ReadUInt32BigEndian(collection[(12 + (4 * face))..]));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(collection[(directory + 4)..]);
        var records = new List<(uint Tag, uint Checksum, int Offset, int Length)>(tables);
        for (var i = 0; i < tables; i++)
        {
            var record = collection[(directory + OffsetTableSize + (i * TableRecordSize))..];
            records.Add((
                BinaryPrimitives.ReadUInt32BigEndian(record),
                BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]))));
        }

        var headerLength = OffsetTableSize + (tables * TableRecordSize);
        var font = new byte[headerLength + records.Sum(r => Padded(r.Length))];
        collection.Slice(directory, OffsetTableSize).CopyTo(font);
        var at = headerLength;
        for (var i = 0; i < records.Count; i++)
        {
            var (tag, checksum, offset, length) = records[i];
            var record = font.AsSpan(OffsetTableSize + (i * TableRecordSize));
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            collection.Slice(offset, length).CopyTo(font.AsSpan(at));
            at += Padded(length);
        }

        return font;
    }

    /// <summary>Tables start on four-byte boundaries.</summary>
    private static int Padded(int length) => (length + 3) & ~3;

    private static void EnsureCollection(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16 || !data[..4].SequenceEqual("ttcf"u8))
        {
            throw new InvalidDataException("Not a TrueType collection (no 'ttcf' header).");
        }
    }
}
