using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Grants.Domain.Audit;

/// <summary>
/// The hash that chains the audit trail: lowercase hex SHA-256 over a canonical encoding of every field of a record,
/// the previous record's hash included. The encoding, version 1:
/// <code>
/// "grants-audit-1\n", then for each field in this order — Sequence, At, Actor, Address, Operation, Action,
/// EntityType, EntityId, Changes, PreviousHash — either "~\n" for null, or the UTF-8 byte length in decimal,
/// ":", the UTF-8 bytes and "\n".
/// Sequence is written in invariant decimal digits; At as UTC "yyyy-MM-ddTHH:mm:ss.ffffffZ" (microseconds, what
/// PostgreSQL keeps).
/// </code>
/// The length prefixes make the encoding unambiguous: no choice of field values can make two records encode alike.
/// </summary>
public static class AuditHash
{
    /// <summary>The PreviousHash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Header = "grants-audit-1\n"u8.ToArray();

    public static string Compute(long sequence, DateTimeOffset at, AuditEvent audited, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(audited);
        string?[] fields =
        [
            sequence.ToString(CultureInfo.InvariantCulture), Format(at), audited.Actor, audited.Address, audited.Operation, audited.Action,
            audited.EntityType, audited.EntityId, audited.Changes, previousHash,
        ];
        var size = Header.Length + fields.Sum(f => f is null ? 2 : 13 + Encoding.UTF8.GetMaxByteCount(f.Length));
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            Header.CopyTo(buffer, 0);
            var written = Header.Length;
            foreach (var field in fields)
            {
                written += Field(buffer.AsSpan(written), field);
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The time as the hash encodes it; a record's At is truncated to the same microsecond before it is stored.</summary>
    public static string Format(DateTimeOffset at) =>
        Truncate(at).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);

    private static int Field(Span<byte> span, string? value)
    {
        if (value is null)
        {
            "~\n"u8.CopyTo(span);
            return 2;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        length.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        span[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(value, span[written..]);
        span[written++] = (byte)'\n';
        return written;
    }
}
