using System.Security.Cryptography;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// Passes writes on to a zip entry, hashing and counting them on the way: the manifest's SHA-256 is of the bytes the
/// entry received, not of a copy read back. Write-only and forward-only, as a zip entry is.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long length;
    private string? sha256;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position { get => length; set => throw new NotSupportedException(); }

    /// <summary>
    /// The SHA-256 (lower-case hex) and the number of the bytes written; nothing more may be written. Callable after a
    /// writer has disposed the stream (some writers close what they write to).
    /// </summary>
    public (string Sha256, long Size) Finish()
    {
        if (sha256 is null)
        {
            sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            hash.Dispose();
        }

        return (sha256, length);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        hash.AppendData(buffer);
        length += buffer.Length;
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        hash.AppendData(buffer.Span);
        length += buffer.Length;
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Finish();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        Finish();
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
