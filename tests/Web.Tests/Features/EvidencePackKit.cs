using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>A pack opened back up: every entry's bytes, and both manifests as parsed.</summary>
internal sealed record OpenedPack(byte[] Zip, IReadOnlyDictionary<string, byte[]> Entries, EvidenceManifest Manifest, IReadOnlyList<ManifestFile> CsvRows)
{
    public IEnumerable<ManifestFile> Of(string kind) => Manifest.Files.Where(f => f.Kind == kind);

    public string PdfText(string path)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Entries[path]);
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }
}

/// <summary>Writes evidence packs as a job would — the app's county-wide context, the reader's scope in the ledger — and checks them.</summary>
internal static class EvidencePackKit
{
    /// <summary>Who a pack is for: a township accountant (their township) or a county-wide reader (null), and what else they may see.</summary>
    public sealed record Reader(string UserName, int? TownshipScope, bool SeesCountyFiles = false, bool SeesAuditTrail = false) : ICurrentUser
    {
        public static Reader Auditor { get; } = new("auditor", null, SeesCountyFiles: true, SeesAuditTrail: true);

        public static Reader Clerk { get; } = new("clerk", null, SeesCountyFiles: true);

        public string? UserId => null;

        public EvidenceReader ForPack => new(UserName, SeesCountyFiles, SeesAuditTrail);
    }

    public static async Task<OpenedPack> ProjectPackAsync(this GrantsApp app, int projectId, Reader reader) =>
        Open(await app.WriteAsync(reader, (pack, zip) => pack.WriteProjectAsync(projectId, zip, null, default)));

    public static async Task<OpenedPack> QuarterPackAsync(this GrantsApp app, Quarter quarter, Reader reader) =>
        Open(await app.WriteAsync(reader, (pack, zip) => pack.WriteQuarterAsync(quarter, zip, null, default)));

    /// <summary>Writes into a stream that cannot seek, as a response or a pipe would be; returns every byte written.</summary>
    public static Task<byte[]> WriteAsync(this GrantsApp app, Reader reader, Func<EvidencePack, Stream, Task> write) => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<GrantsDbContext>();
        var pack = new EvidencePack(db, sp.GetRequiredService<FileStore>(), ScopedLedger.Of(db, reader), reader.ForPack, TimeProvider.System);
        using var bytes = new MemoryStream();
        await using (var forwardOnly = new ForwardOnlyStream(bytes))
        {
            await write(pack, forwardOnly);
        }

        return bytes.ToArray();
    });

    public static OpenedPack Open(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        });
        return new OpenedPack(zip, entries, EvidenceManifest.FromJson(entries[EvidenceManifest.JsonName]), Csv(entries[EvidenceManifest.CsvName]));
    }

    /// <summary>
    /// What every pack must be: each listed file is an entry whose SHA-256 and size are the manifest's, each stored file
    /// is byte for byte the store's content under its hash, the zip holds nothing unlisted but the two manifests, the
    /// manifests agree, and no entry name could climb out of the folder it is unpacked into.
    /// </summary>
    public static void AssertTrue(this OpenedPack pack, FileStore store)
    {
        var written = pack.Manifest.Files.Where(f => f.Status != EvidenceKinds.Missing).ToList();
        Assert.Equal(
            written.Select(f => f.Path).Append(EvidenceManifest.CsvName).Append(EvidenceManifest.JsonName).Order(StringComparer.Ordinal),
            pack.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(written.Count, written.Select(f => f.Path.ToUpperInvariant()).Distinct().Count());
        foreach (var file in written)
        {
            var bytes = pack.Entries[file.Path];
            Assert.Equal((file.Sha256, file.Size), (Sha256(bytes), (long)bytes.Length));
            Assert.DoesNotContain("..", file.Path, StringComparison.Ordinal);
            Assert.False(file.Path.StartsWith('/') || file.Path.Contains('\\', StringComparison.Ordinal), file.Path);
            if (file.StoredSha256 is { } stored && file.Status == EvidenceKinds.Ok)
            {
                Assert.Equal(stored, file.Sha256);
                Assert.Equal(File.ReadAllBytes(store.PathOf(stored)), bytes);
            }
        }

        Assert.Equal(pack.Manifest.Files, pack.CsvRows);
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static List<ManifestFile> Csv(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFF# pack: ", text, StringComparison.Ordinal);
        var lines = text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(string.Join(",", EvidenceManifest.CsvColumns), lines[0]);
        return lines.Skip(1).Select(line =>
        {
            var c = Cells(line);
            return new ManifestFile(c[0], c[1], long.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3], c[4], c[5].Length == 0 ? null : c[5], c[6]);
        }).ToList();
    }

    /// <summary>RFC 4180 cells of one line (the manifest's values hold no line breaks).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>Passes writes through and refuses to seek or tell its position, as an HTTP response body does.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
