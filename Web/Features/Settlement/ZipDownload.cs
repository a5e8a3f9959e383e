using System.IO.Compression;
using Grants.Infrastructure.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Grants.Web.Features.Settlement;

/// <summary>
/// Stored files as one zip, built while it is sent: each file is copied from the store straight into the response, so
/// a quarter of ten thousand notices never sits in memory or on disk. Entries are stored uncompressed (PDFs and
/// workbooks are compressed already) under flat names, so none can be unpacked outside the folder it is unpacked into.
/// </summary>
public sealed class ZipDownload(FileStore store, IReadOnlyList<ZippedFile> files, string fileName) : IActionResult
{
    private const string Forbidden = "\\/:*?\"<>|";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var ct = context.HttpContext.RequestAborted;
        response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";

        var body = new AsyncOnlyStream(response.Body);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using (var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            // A file whose content is not on disk is left out rather than breaking the download half-way.
            foreach (var file in files.Where(f => store.Exists(f.Sha256) && names.Add(EntryName(f.Name))))
            {
                var entry = zip.CreateEntry(EntryName(file.Name), CompressionLevel.NoCompression);
                await using (var target = await entry.OpenAsync(ct))
                await using (var source = store.OpenRead(file.Sha256))
                {
                    await source.CopyToAsync(target, ct);
                }

                await body.FlushAsync(ct);
            }
        }

        await body.FlushAsync(ct);
    }

    private static string EntryName(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) || Forbidden.Contains(c) ? '_' : c)).Trim().TrimStart('.');

    /// <summary>
    /// ZipArchive still writes an entry's last block and its descriptor synchronously when the entry closes, which the
    /// server refuses on a response. Those few kilobytes wait here until the next asynchronous write or flush.
    /// </summary>
    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        private readonly MemoryStream pending = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => pending.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await SendPendingAsync(cancellationToken);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await SendPendingAsync(cancellationToken);
            await inner.FlushAsync(cancellationToken);
        }

        public override void Flush()
        {
            // Nothing is sent synchronously: what is pending goes with the next asynchronous write or flush.
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                pending.Dispose();
            }

            base.Dispose(disposing);
        }

        private async Task SendPendingAsync(CancellationToken ct)
        {
            if (pending.Length > 0)
            {
                await inner.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), ct);
                pending.SetLength(0);
            }
        }
    }
}
