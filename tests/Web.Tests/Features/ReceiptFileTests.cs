using System.Net;
using Grants.Infrastructure.Storage;
using Grants.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.PoolsKit;
using static Grants.Web.Tests.Features.ReceiptFileKit;

namespace Grants.Web.Tests.Features;

/// <summary>The document (文件) attached to a pool receipt: stored by its hash outside the web root, downloaded only as a file.</summary>
public abstract class ReceiptFileTests(GrantsApp app)
{
    [Fact]
    public async Task A_pdf_receipt_is_stored_by_its_hash_outside_the_web_root_and_downloads_as_the_same_bytes()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("附件池"));
        var pdf = UniquePdf();
        var form = await clerk.GetPage($"/pools/receipt/{poolId}");

        using var response = await clerk.UploadReceiptAsync(poolId, @"C:\扫描\鄂财农发〔2026〕12号.pdf", pdf, "application/octet-stream");

        Assert.NotNull(form.QuerySelector($"{Form} input[type=file][name=File]"));
        Assert.Equal(poolId, PoolIdFrom(response));
        var receipt = await app.LastReceiptAsync(poolId);
        Assert.Equal(Sha256(pdf), receipt.Sha256);
        Assert.Equal("鄂财农发〔2026〕12号.pdf", receipt.FileName);
        var stored = await app.InDb(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Sha256 == receipt.Sha256));
        Assert.Equal((FileKinds.Pdf, (long)pdf.Length, "clerk"), (stored.ContentType, stored.Size, stored.UploadedBy));
        Assert.Equal(1, await app.InDb(db => db.JournalEntries.CountAsync(e => e.Source == $"pool-receipt:{receipt.Id}")));

        var path = Path.Combine(app.Settings().FilesDirectory, receipt.Sha256![..2], receipt.Sha256[2..4], receipt.Sha256);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(path));
        Assert.StartsWith(Path.GetFullPath(app.Settings().DataDirectory), Path.GetFullPath(path), StringComparison.Ordinal);
        var webRoot = Path.GetFullPath(app.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath);
        Assert.False(Path.GetFullPath(path).StartsWith(webRoot, StringComparison.Ordinal), $"{path} is under the web root {webRoot}");

        var details = await clerk.GetPage($"/pools/details/{poolId}");
        var link = details.QuerySelector($"[data-testid=receipts] tr[data-id='{receipt.Id}'] a[data-testid=receipt-file]");
        Assert.Equal($"/pools/receiptfile/{receipt.Id}", link?.GetAttribute("href"));
        using var download = await clerk.GetAsync(link!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(FileKinds.Pdf, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("鄂财农发〔2026〕12号.pdf", Uri.UnescapeDataString(download.Content.Headers.ContentDisposition!.FileNameStar!));
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        await app.AssertJournalBalancesAsync();
    }

    [Theory]
    [InlineData("photo", FileKinds.Png, "photo.png")]
    [InlineData("现场照片.JPEG", FileKinds.Jpeg, "现场照片.jpg")]
    [InlineData("look-at-me.html", FileKinds.Pdf, "look-at-me.html.pdf")]
    public async Task The_kind_comes_from_the_content_and_the_download_name_carries_its_extension(string uploaded, string kind, string expected)
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("类型池"));
        var content = kind switch { FileKinds.Png => UniquePng(), FileKinds.Jpeg => UniqueJpeg(), _ => UniquePdf() };

        using var response = await clerk.UploadReceiptAsync(poolId, uploaded, content, "text/html");

        Assert.Equal(poolId, PoolIdFrom(response));
        var receipt = await app.LastReceiptAsync(poolId);
        using var download = await clerk.GetAsync($"/pools/receiptfile/{receipt.Id}");
        Assert.Equal(kind, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, Uri.UnescapeDataString(download.Content.Headers.ContentDisposition!.FileNameStar!));
    }

    [Theory]
    [InlineData("html", "zh-CN", "“附件”只能是 PDF、JPEG 或 PNG 文件")]
    [InlineData("exe", "en", "Attachment must be a PDF, JPEG or PNG file")]
    [InlineData("empty", "zh-CN", "“附件”是空文件")]
    [InlineData("empty", "en", "Attachment is an empty file")]
    public async Task A_file_that_is_not_a_pdf_jpeg_or_png_is_refused_naming_the_field_and_nothing_is_written(
        string content, string language, string expected)
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("拒收池"));
        byte[] bytes = content switch
        {
            "html" => "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"u8.ToArray(),
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0x00, .. Guid.NewGuid().ToByteArray()],
            _ => [],
        };
        await AssertRefusedAsync(clerk, poolId, bytes, language, expected);
    }

    [Theory]
    [InlineData("zh-CN", "“附件”超过 20 MB")]
    [InlineData("en", "Attachment is larger than 20 MB")]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_and_nothing_is_written(string language, string expected)
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("超限池"));
        var bytes = new byte[FileStore.MaxBytes + 1];
        UniquePdf().CopyTo(bytes, 0);

        await AssertRefusedAsync(clerk, poolId, bytes, language, expected);
    }

    [Fact]
    public async Task A_body_far_over_the_limit_gets_a_page_naming_the_field_and_the_limit_not_an_error()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("超大池"));
        var bytes = new byte[3 * FileStore.MaxBytes + 1];
        UniquePdf().CopyTo(bytes, 0);
        var before = await app.CountsAsync();

        using var response = await clerk.UploadReceiptAsync(poolId, "扫描件.pdf", bytes, language: "en");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Contains("Attachment is larger than 20 MB", page.FormErrors(), StringComparison.Ordinal);
        Assert.Equal($"/pools/receipt/{poolId}", page.QuerySelector("[data-testid=upload-too-large] a")?.GetAttribute("href"));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("accountant1", HttpStatusCode.Forbidden)]
    [InlineData("accountant2", HttpStatusCode.Forbidden)]
    [InlineData("assessor", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("approver", HttpStatusCode.OK)]
    public async Task Only_the_roles_that_read_pools_download_a_receipt_file(string user, HttpStatusCode expected)
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("下载权限池"));
        var pdf = UniquePdf();
        using var uploaded = await clerk.UploadReceiptAsync(poolId, "文件.pdf", pdf);
        var receipt = await app.LastReceiptAsync(poolId);
        var client = await app.SignedIn(user);

        using var download = await client.GetAsync($"/pools/receiptfile/{receipt.Id}");

        Assert.Equal(expected, download.StatusCode);
        var body = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected == HttpStatusCode.OK, body.SequenceEqual(pdf));
    }

    [Fact]
    public async Task A_receipt_without_a_file_or_an_unknown_receipt_has_nothing_to_download()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("无附件池"));
        await clerk.RecordReceiptAsync(poolId, "100");
        var receipt = await app.LastReceiptAsync(poolId);

        using var none = await clerk.GetAsync($"/pools/receiptfile/{receipt.Id}");
        using var unknown = await clerk.GetAsync("/pools/receiptfile/99999999");

        Assert.Null(receipt.Sha256);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null((await clerk.GetPage($"/pools/details/{poolId}")).QuerySelector("[data-testid=receipt-file]"));
    }

    [Fact]
    public async Task The_same_content_uploaded_twice_is_stored_once_and_each_receipt_keeps_its_own_name()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("去重池"));
        var pdf = UniquePdf();
        var rowsBefore = await app.StoredFileCountAsync();

        using var first = await clerk.UploadReceiptAsync(poolId, "第一次.pdf", pdf);
        var firstReceipt = await app.LastReceiptAsync(poolId);
        var filesAfterFirst = app.FilesOnDisk().Count;
        using var second = await clerk.UploadReceiptAsync(poolId, "第二次.pdf", pdf);
        var secondReceipt = await app.LastReceiptAsync(poolId);

        Assert.Equal(poolId, PoolIdFrom(first));
        Assert.Equal(poolId, PoolIdFrom(second));
        Assert.NotEqual(firstReceipt.Id, secondReceipt.Id);
        Assert.Equal(firstReceipt.Sha256, secondReceipt.Sha256);
        Assert.Equal(rowsBefore + 1, await app.StoredFileCountAsync());
        Assert.Equal(filesAfterFirst, app.FilesOnDisk().Count);
        Assert.Single(app.FilesOnDisk(), f => Path.GetFileName(f) == Sha256(pdf));
        using var download = await clerk.GetAsync($"/pools/receiptfile/{secondReceipt.Id}");
        Assert.Equal("第二次.pdf", Uri.UnescapeDataString(download.Content.Headers.ContentDisposition!.FileNameStar!));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private async Task AssertRefusedAsync(TestClient clerk, int poolId, byte[] bytes, string language, string expected)
    {
        var before = await app.CountsAsync();
        var (rows, files) = (await app.StoredFileCountAsync(), app.FilesOnDisk().Count);

        using var response = await clerk.UploadReceiptAsync(poolId, "鄂财农发〔2026〕12号.pdf", bytes, "application/pdf", language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Contains(expected, page.FieldError("File"), StringComparison.Ordinal);
        Assert.Contains(page.Label("File"), page.FieldError("File"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(rows, await app.StoredFileCountAsync());
        Assert.Equal(files, app.FilesOnDisk().Count);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReceiptFileOnSqlite(SqliteApp app) : ReceiptFileTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReceiptFileOnPostgres(PostgresApp app) : ReceiptFileTests(app);
