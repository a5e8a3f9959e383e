using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Storage;

/// <summary>
/// One stored content, by its SHA-256: what it is and when it first arrived. Its name is not here: the same bytes
/// may be attached as "合同.pdf" in one place and "scan01.pdf" in another, so each attaching row keeps its own.
/// </summary>
public sealed class StoredFile
{
    private StoredFile() { }

    public StoredFile(StoredBlob blob, DateTimeOffset uploadedAt, string uploadedBy)
    {
        Sha256 = blob.Sha256;
        Size = blob.Size;
        ContentType = blob.ContentType;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public string Sha256 { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>Detected from the content (<see cref="FileKinds"/>), never taken from the browser.</summary>
    public string ContentType { get; private set; } = "";

    /// <summary>The first upload of this content.</summary>
    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";
}

public static class StoredFiles
{
    /// <summary>
    /// Records the content's row unless it exists, inside the caller's transaction. Two requests storing the same
    /// content at once both succeed: the later insert does nothing (the same SQL on SQLite and PostgreSQL).
    /// </summary>
    public static Task RecordAsync(this GrantsDbContext db, StoredBlob blob, DateTimeOffset uploadedAt, string uploadedBy, CancellationToken ct) =>
        db.RecordAllAsync([blob], uploadedAt, uploadedBy, ct);

    /// <summary>Records many contents as <see cref="RecordAsync"/> does one, in one statement a few hundred at a time.</summary>
    public static async Task RecordAllAsync(this GrantsDbContext db, IEnumerable<StoredBlob> blobs, DateTimeOffset uploadedAt, string uploadedBy, CancellationToken ct)
    {
        foreach (var batch in blobs.DistinctBy(b => b.Sha256).Chunk(200))
        {
            var values = new List<object>(batch.Length * 5);
            var rows = new List<string>(batch.Length);
            foreach (var blob in batch)
            {
                var at = values.Count;
                rows.Add($"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}})");
                values.AddRange([blob.Sha256, blob.Size, blob.ContentType, uploadedAt, uploadedBy]);
            }

            // Only placeholders are joined into the text; every value goes as a parameter.
            var sql = $"""
                       INSERT INTO "StoredFiles" ("Sha256", "Size", "ContentType", "UploadedAt", "UploadedBy")
                       VALUES {string.Join(", ", rows)}
                       ON CONFLICT ("Sha256") DO NOTHING
                       """;
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }
}
