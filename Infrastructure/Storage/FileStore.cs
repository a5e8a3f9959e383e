using System.Buffers;
using System.Security.Cryptography;
using Grants.Domain;

namespace Grants.Infrastructure.Storage;

/// <summary>The facts of stored content: its SHA-256 (lower-case hex), length and detected kind.</summary>
public sealed record StoredBlob(string Sha256, long Size, string ContentType);

/// <summary>
/// Uploaded documents, kept by content under {data}/files/ab/cd/abcd… (outside the web root, never served directly).
/// A file is written to a temporary name in the same folder and then moved into place, so a reader never sees half
/// a file, and the same content stored twice is kept once. See docs/decisions/008-file-store.md.
/// </summary>
public sealed class FileStore(GrantsSettings settings)
{
    /// <summary>The largest file accepted: 20 MB, room for a scanned contract of a few dozen pages.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public const int MaxMegabytes = (int)(MaxBytes / 1024 / 1024);

    /// <summary>The field every refusal names unless the caller's form names its own.</summary>
    public const string FieldKey = "Files.Attachment";

    public string Root => settings.FilesDirectory;

    /// <summary>
    /// Stores the content when it is a non-empty PDF, JPEG or PNG of at most <see cref="MaxBytes"/>; otherwise refuses
    /// with a <see cref="DomainRuleException"/> and keeps nothing. Storing the same content again is harmless.
    /// </summary>
    public Task<StoredBlob> SaveAsync(Stream content, CancellationToken ct) =>
        StoreAsync(content, MaxBytes, async (size, head, temp) =>
        {
            var contentType = Check(size, head);
            if (contentType == FileKinds.Pdf && FileKinds.HasPdfScript(await File.ReadAllBytesAsync(temp, ct)))
            {
                throw new DomainRuleException("Files.PdfScript", FieldKey) { Field = "File" };
            }

            return contentType;
        }, ct);

    /// <summary>The product's own documents and workbooks: stored the same way under the type given, without the upload checks.</summary>
    public Task<StoredBlob> SaveGeneratedAsync(Stream content, string contentType, CancellationToken ct) =>
        StoreAsync(content, GeneratedMaxBytes, (size, _, _) => size <= GeneratedMaxBytes
            ? Task.FromResult(contentType)
            : throw new InvalidOperationException($"A generated file of more than {GeneratedMaxBytes:N0} bytes is not stored."), ct);

    private const long GeneratedMaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Documents the product made in memory (a township's notices), stored as <see cref="SaveGeneratedAsync"/> stores a
    /// stream — each hashed in one pass and written with one call, and content already there not written again — but
    /// made durable together: every file written, then one flush of the file system, then every file moved to its
    /// name, then one more. A settlement stores ten thousand notices; an fsync each (a journal commit each, which also
    /// flushes whatever the other workers have written) cost more than rendering them.
    /// </summary>
    public IReadOnlyList<StoredBlob> SaveGenerated(IReadOnlyList<byte[]> contents, string contentType)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var blobs = contents.Select(c => new StoredBlob(Convert.ToHexStringLower(SHA256.HashData(c)), c.Length, contentType)).ToList();
        var missing = blobs.Select((b, i) => (Blob: b, Content: contents[i]))
            .Where(x => !File.Exists(PathOf(x.Blob.Sha256))).DistinctBy(x => x.Blob.Sha256).ToList();
        if (missing.Count == 0)
        {
            return blobs;
        }

        Directory.CreateDirectory(Root);
        var temps = missing.Select(_ => Path.Combine(Root, $".upload-{Guid.NewGuid():N}.tmp")).ToList();
        try
        {
            for (var i = 0; i < missing.Count; i++)
            {
                using var file = File.OpenHandle(temps[i], FileMode.CreateNew, FileAccess.Write);
                RandomAccess.Write(file, missing[i].Content, 0);
                if (!FileSystemSync.Available)
                {
                    RandomAccess.FlushToDisk(file);
                }
            }

            FileSystemSync.Flush(temps[0]);
            for (var i = 0; i < missing.Count; i++)
            {
                MoveIntoPlace(temps[i], missing[i].Blob.Sha256);
            }

            FileSystemSync.Flush(PathOf(missing[0].Blob.Sha256));
        }
        finally
        {
            temps.ForEach(File.Delete);
        }

        return blobs;
    }

    private async Task<StoredBlob> StoreAsync(Stream content, long limit, Func<long, byte[], string, Task<string>> contentTypeOf, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (sha256, size, head) = await CopyAsync(content, temp, limit, ct);
            var contentType = await contentTypeOf(size, head, temp);
            if (!File.Exists(PathOf(sha256)))
            {
                MoveIntoPlace(temp, sha256);
            }

            return new StoredBlob(sha256, size, contentType);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The refusal code for a file of this size and these first bytes, or null when it is acceptable.</summary>
    public static string? Problem(long size, ReadOnlySpan<byte> head) =>
        size == 0 ? "Files.Empty"
        : size > MaxBytes ? "Files.TooLarge"
        : FileKinds.Detect(head) is null ? "Files.NotAccepted"
        : null;

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public FileStream OpenRead(string sha256) =>
        new(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Where content of this hash lives; refuses anything but a SHA-256 in hex, so no name can leave the folder.</summary>
    public string PathOf(string sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("Expected a SHA-256 in hex.", nameof(sha256));
        }

        var hex = sha256.ToLowerInvariant();
        return Path.Combine(Root, hex[..2], hex[2..4], hex);
    }

    /// <summary>Gives a written, flushed temporary file its content's name.</summary>
    private void MoveIntoPlace(string temp, string sha256)
    {
        var target = PathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another request or worker stored the same content a moment ago: same bytes, nothing to do.
        }
    }

    private static string Check(long size, ReadOnlySpan<byte> head) => Problem(size, head) switch
    {
        null => FileKinds.Detect(head)!,
        var code => throw new DomainRuleException(code, FieldKey, MaxMegabytes),
    };

    /// <summary>Copies at most one byte more than the limit (enough to know it is too large), hashing as it goes.</summary>
    private static async Task<(string Sha256, long Size, byte[] Head)> CopyAsync(Stream content, string path, long limit, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        var head = new byte[FileKinds.HeadLength];
        var headLength = 0;
        long size = 0;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            int read;
            while (size <= limit && (read = await content.ReadAsync(buffer, ct)) > 0)
            {
                var copied = Math.Min(read, head.Length - headLength);
                buffer.AsSpan(0, copied).CopyTo(head.AsSpan(headLength));
                headLength += copied;
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                size += read;
            }

            // On disk before it gets its final name, so a crash cannot leave a short file under a hash.
            await file.FlushAsync(ct);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, head[..headLength]);
    }
}
