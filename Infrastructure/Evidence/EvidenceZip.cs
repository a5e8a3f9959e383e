using System.IO.Compression;
using Grants.Infrastructure.Storage;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// One file of a pack before it is written: the folder and name it goes under, what it is, and either the stored file
/// it copies (<see cref="StoredSha256"/>) or how to write it (<see cref="Write"/>).
/// </summary>
internal sealed record EvidenceItem(string Folder, string Name, string Kind, string Source, string? StoredSha256, Func<Stream, CancellationToken, Task>? Write)
{
    public static EvidenceItem Stored(string folder, string name, string kind, string source, string sha256) => new(folder, name, kind, source, sha256, null);

    public static EvidenceItem Generated(string name, string kind, string source, Func<Stream, CancellationToken, Task> write) => new("", name, kind, source, null, write);
}

/// <summary>
/// Writes a pack's entries one at a time: a stored file is copied from the store's stream into its entry, a generated
/// one written straight into it, and the SHA-256 and size are taken of the bytes as they pass into the entry — so the
/// manifest describes exactly what the zip holds. Nothing is held in memory but a copy buffer. Entries are stored
/// uncompressed: PDFs, pictures and workbooks are compressed already.
/// </summary>
internal sealed class EvidenceZip(ZipArchive zip, FileStore store)
{
    private readonly EntryNames names = new();
    private readonly List<ManifestFile> written = [];

    public IReadOnlyList<ManifestFile> Files => written;

    public async Task AddAsync(EvidenceItem item, CancellationToken ct)
    {
        if (item.StoredSha256 is { } stored && !store.Exists(stored))
        {
            written.Add(new ManifestFile("", item.Kind, 0, "", item.Source, stored, EvidenceKinds.Missing));
            return;
        }

        var path = names.Claim(item.Folder, item.Name);
        var (sha256, size) = await WriteEntryAsync(path, CompressionLevel.NoCompression, item, ct);
        var status = item.StoredSha256 is null || item.StoredSha256 == sha256 ? EvidenceKinds.Ok : EvidenceKinds.Altered;
        written.Add(new ManifestFile(path, item.Kind, size, sha256, item.Source, item.StoredSha256, status));
    }

    /// <summary>A file the manifest does not list: the manifests themselves.</summary>
    public async Task AddUnlistedAsync(string name, byte[] content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(names.Claim("", name), CompressionLevel.Optimal);
        await using var target = await entry.OpenAsync(ct);
        await target.WriteAsync(content, ct);
    }

    private async Task<(string Sha256, long Size)> WriteEntryAsync(string path, CompressionLevel level, EvidenceItem item, CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, level);
        await using var target = new HashingStream(await entry.OpenAsync(ct));
        if (item.Write is { } write)
        {
            await write(target, ct);
        }
        else
        {
            await using var source = store.OpenRead(item.StoredSha256!);
            await source.CopyToAsync(target, ct);
        }

        return target.Finish();
    }

    /// <summary>
    /// Names in the zip: a fixed folder of ours, then a name with nothing that could climb out of it or hide; when two
    /// files would share a name, the later one gets a number in front ("2-发票.pdf"). Compared without case, as the
    /// file systems most auditors unpack onto do.
    /// </summary>
    private sealed class EntryNames
    {
        private const int MaxLength = 120;
        private const string Forbidden = "\\/:*?\"<>|";
        private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

        public string Claim(string folder, string name)
        {
            var safe = Safe(name);
            var path = Join(folder, safe);
            for (var n = 2; !taken.Add(path); n++)
            {
                path = Join(folder, $"{n}-{safe}");
            }

            return path;
        }

        private static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

        private static string Safe(string name)
        {
            var kept = string.Concat(name.Select(c => char.IsControl(c) || char.IsSurrogate(c) || Forbidden.Contains(c) ? '_' : c));
            kept = kept.Trim().TrimStart('.').Trim();
            if (kept.Length > MaxLength)
            {
                var extension = Path.GetExtension(kept);
                kept = kept[..(MaxLength - extension.Length)] + extension;
            }

            return kept.Length == 0 ? "file" : kept;
        }
    }
}
