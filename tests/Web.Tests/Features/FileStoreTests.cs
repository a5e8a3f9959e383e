using Grants.Domain;
using Grants.Infrastructure;
using Grants.Infrastructure.Storage;
using static Grants.Web.Tests.Features.ReceiptFileKit;

namespace Grants.Web.Tests.Features;

/// <summary>The content-addressed store on a folder of its own: whole files or none, each content once, only accepted kinds.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "grants-store-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FileStore store;

    public FileStoreTests() => store = new FileStore(new GrantsSettings(data, DatabaseEngine.Sqlite, "Data Source=unused"));

    private string[] Files => Directory.Exists(store.Root) ? Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories) : [];

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, FileKinds.Pdf)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, FileKinds.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, FileKinds.Png)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A }, null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, null)]
    [InlineData(new byte[0], null)]
    public void The_kind_is_told_by_the_first_bytes(byte[] head, string? expected) => Assert.Equal(expected, FileKinds.Detect(head));

    [Fact]
    public async Task A_file_is_stored_under_its_hash_and_no_temporary_file_remains()
    {
        var pdf = UniquePdf();

        var blob = await store.SaveAsync(new MemoryStream(pdf), CancellationToken.None);

        Assert.Equal(new StoredBlob(Sha256(pdf), pdf.Length, FileKinds.Pdf), blob);
        var path = Assert.Single(Files);
        Assert.Equal(Path.Combine(store.Root, blob.Sha256[..2], blob.Sha256[2..4], blob.Sha256), path);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task The_same_content_saved_many_times_at_once_is_kept_once()
    {
        var png = UniquePng();

        var blobs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.SaveAsync(new MemoryStream(png), CancellationToken.None))));

        Assert.Single(blobs.Distinct());
        Assert.Equal(png, await File.ReadAllBytesAsync(Assert.Single(Files)));
    }

    [Fact]
    public async Task Generated_documents_are_stored_under_their_hashes_once_however_many_workers_store_them()
    {
        var (first, second, stored) = (UniquePdf(), UniquePdf(), UniquePng());
        await store.SaveAsync(new MemoryStream(stored), CancellationToken.None);

        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveGenerated([first, second, first, stored], FileKinds.Pdf))));

        var blobs = batches[0];
        Assert.All(batches, b => Assert.Equal(blobs, b));
        Assert.Equal([Sha256(first), Sha256(second), Sha256(first), Sha256(stored)], blobs.Select(b => b.Sha256));
        Assert.Equal(first.Length, blobs[0].Size);
        Assert.Equal(3, Files.Length); // no temporary file left, each content once
        Assert.Equal(first, await File.ReadAllBytesAsync(store.PathOf(blobs[0].Sha256)));
        Assert.Equal(second, await File.ReadAllBytesAsync(store.PathOf(blobs[1].Sha256)));
    }

    [Theory]
    [InlineData("html", "Files.NotAccepted")]
    [InlineData("empty", "Files.Empty")]
    [InlineData("large", "Files.TooLarge")]
    public async Task Refused_content_leaves_nothing_behind(string content, string code)
    {
        byte[] bytes = content switch
        {
            "html" => "<html><body>not a receipt</body></html>"u8.ToArray(),
            "empty" => [],
            _ => [.. UniquePdf(), .. new byte[FileStore.MaxBytes]],
        };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => store.SaveAsync(new MemoryStream(bytes), CancellationToken.None));

        Assert.Equal(code, refused.Code);
        Assert.Empty(Files);
    }

    [Fact]
    public async Task An_upload_cut_off_half_way_leaves_no_half_file()
    {
        var broken = new BrokenStream(UniquePdf(), failAfter: 200_000);

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(broken, CancellationToken.None));

        Assert.Empty(Files);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd")]
    public void Only_a_sha256_names_a_path(string name) => Assert.Throws<ArgumentException>(() => store.PathOf(name));

    [Theory]
    [InlineData(@"C:\Users\张三\Desktop\鄂财农发〔2026〕12号.PDF", FileKinds.Pdf, "鄂财农发〔2026〕12号.pdf")]
    [InlineData("../../etc/passwd", FileKinds.Pdf, "passwd.pdf")]
    [InlineData("invoice.exe", FileKinds.Pdf, "invoice.exe.pdf")]
    [InlineData("a\"b<c>\u0007d.png", FileKinds.Png, "a_b_c__d.png")]
    [InlineData("   ", FileKinds.Jpeg, "attachment.jpg")]
    [InlineData(null, FileKinds.Png, "attachment.png")]
    [InlineData("照片😀.jpeg", FileKinds.Jpeg, "照片__.jpg")]
    public void An_uploaded_name_is_cleaned_and_ends_in_the_kind_s_extension(string? uploaded, string kind, string expected) =>
        Assert.Equal(expected, FileNames.Clean(uploaded, kind));

    [Fact]
    public void A_long_name_is_cut_to_the_limit_keeping_the_extension()
    {
        var name = FileNames.Clean(new string('文', 300) + ".pdf", FileKinds.Pdf);

        Assert.Equal(FileNames.MaxLength, name.Length);
        Assert.EndsWith("文.pdf", name, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A client that disconnects: the first bytes arrive, then the read fails.</summary>
    private sealed class BrokenStream(byte[] start, int failAfter) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= failAfter)
            {
                throw new IOException("The client disconnected.");
            }

            var n = (int)Math.Min(count, failAfter - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = position + i < start.Length ? start[position + i] : (byte)'x';
            }

            position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
