using System.Net;
using Grants.Domain.Disbursements;
using Grants.Infrastructure.Storage;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Grants.Web.Tests.Features.ReceiptFileKit;
using static Grants.Web.Tests.Features.RequestsKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Hostile files sent to a draft's invoice (发票) and evidence uploads: each is refused under its field and leaves
/// nothing behind — no row, no file. A name with a path or control characters is refused the same way.
/// </summary>
public abstract class RequestUploadAbuseTests(GrantsApp app)
{
    [Theory]
    [InlineData("invoice", "exe", "zh-CN", "“附件”只能是 PDF、JPEG 或 PNG 文件")]
    [InlineData("evidence", "exe", "en", "Attachment must be a PDF, JPEG or PNG file")]
    [InlineData("invoice", "html", "en", "Attachment must be a PDF, JPEG or PNG file")]
    [InlineData("evidence", "html", "zh-CN", "“附件”只能是 PDF、JPEG 或 PNG 文件")]
    [InlineData("invoice", "empty", "en", "Attachment is an empty file")]
    [InlineData("evidence", "empty", "zh-CN", "“附件”是空文件")]
    [InlineData("invoice", "25mb", "zh-CN", "“附件”超过 20 MB")]
    [InlineData("evidence", "25mb", "en", "Attachment is larger than 20 MB")]
    [InlineData("invoice", "script", "en", "Attachment contains script or a program launch")]
    [InlineData("evidence", "script", "zh-CN", "“附件”中含有脚本或启动程序的动作")]
    [InlineData("invoice", "escaped-script", "zh-CN", "“附件”中含有脚本或启动程序的动作")]
    [InlineData("evidence", "launch", "en", "Attachment contains script or a program launch")]
    [InlineData("invoice", "dotdot", "en", "The name of Attachment contains a path or control characters")]
    [InlineData("evidence", "backslash", "zh-CN", "“附件”的文件名含有路径或控制字符")]
    [InlineData("invoice", "crlf", "zh-CN", "“附件”的文件名含有路径或控制字符")]
    [InlineData("evidence", "control", "en", "The name of Attachment contains a path or control characters")]
    [InlineData("invoice", "rlo", "en", "The name of Attachment contains a path or control characters")]
    public async Task A_hostile_file_is_refused_naming_the_field_and_nothing_is_stored(string form, string abuse, string language, string expected)
    {
        var (accountant, id) = await DraftOfAccountant1Async();
        var (fileName, contentType, bytes) = Hostile(abuse);
        var sha256 = Sha256(bytes);
        var (rows, files) = (await app.StoredFileCountAsync(), app.FilesOnDisk().Count);

        using var response = await UploadAsync(accountant, form, id, fileName, bytes, contentType, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Contains(expected, page.FieldError("File"), StringComparison.Ordinal);
        Assert.Contains(page.Label("File"), page.FieldError("File"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"{Form} input[type=file][name=File]"));
        var request = await app.RequestAsync(id);
        Assert.Empty(request.Invoices);
        Assert.Empty(request.Evidence);
        Assert.False(await app.InDb(db => db.StoredFiles.AnyAsync(f => f.Sha256 == sha256)), "a StoredFiles row was written");
        Assert.Equal(rows, await app.StoredFileCountAsync());
        Assert.False(File.Exists(app.Services.GetRequiredService<FileStore>().PathOf(sha256)), "the content was written to the store");
        Assert.Equal(files, app.FilesOnDisk().Count);
    }

    [Fact]
    public async Task A_pdf_whose_names_only_look_like_script_is_accepted()
    {
        var (accountant, id) = await DraftOfAccountant1Async();
        var pdf = Pdf("<< /Type /Catalog /JSON (x) /Launcher 1 /JavaScripts [] /J#53ON 2 >>");

        using var response = await UploadAsync(accountant, "evidence", id, "合同.pdf", pdf, "application/pdf");

        IdFrom(response, "/requests/details/");
        Assert.Equal(Sha256(pdf), (await app.RequestAsync(id)).Evidence.Single().File.Sha256);
    }

    [Fact]
    public async Task Downloads_are_attachments_never_sniffed_and_an_image_preview_is_sandboxed()
    {
        var (accountant, id) = await DraftOfAccountant1Async();
        var (pdf, png) = (UniquePdf(), UniquePng());
        using (var invoice = await UploadAsync(accountant, "invoice", id, "发票.pdf", pdf, "application/pdf"))
        using (var photo = await UploadAsync(accountant, "evidence", id, "现场.png", png, "image/png"))
        {
            IdFrom(invoice, "/requests/details/");
            IdFrom(photo, "/requests/details/");
        }

        var request = await app.RequestAsync(id);
        var (invoiceUrl, photoUrl) = ($"/requests/file/{id}?invoiceId={request.Invoices.Single().Id}", $"/requests/file/{id}?evidenceId={request.Evidence.Single().Id}");

        foreach (var (url, bytes, type) in new[] { (invoiceUrl, pdf, FileKinds.Pdf), (photoUrl, png, FileKinds.Png) })
        {
            using var download = await accountant.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(type, download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        }

        using var preview = await accountant.GetAsync(photoUrl + "&preview=true");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(png, await preview.Content.ReadAsByteArrayAsync());
        Assert.Equal(FileKinds.Png, preview.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", preview.Headers.GetValues("X-Content-Type-Options")));
        var policy = string.Join(",", preview.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);

        using var pdfPreview = await accountant.GetAsync(invoiceUrl + "&preview=true");
        Assert.Contains("default-src 'none'", string.Join(",", pdfPreview.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private async Task<(TestClient Accountant, int Id)> DraftOfAccountant1Async()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("上传滥用"));
        var accountant = await app.SignedIn("accountant1");
        return (accountant, await accountant.DraftAsync(projectId, Voucher()));
    }

    private static Task<HttpResponseMessage> UploadAsync(
        TestClient accountant, string form, int id, string fileName, byte[] bytes, string contentType, string? language = null) =>
        form == "invoice"
            ? accountant.AddInvoiceAsync(id, UniqueInvoiceNumber(), bytes, fileName, contentType, language: language)
            : accountant.PostUpload($"/requests/evidence/{id}", "main form", new Dictionary<string, string> { ["Kind"] = nameof(EvidenceKind.Photo) },
                "File", fileName, bytes, contentType, language);

    /// <summary>Each hostile content is unique to its test, so its hash finds only what this test might have stored.</summary>
    private static (string FileName, string ContentType, byte[] Bytes) Hostile(string abuse) => abuse switch
    {
        "exe" => ("发票.pdf", "application/pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, .. Guid.NewGuid().ToByteArray()]),
        "html" => ("现场照片.png", "image/png", System.Text.Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><script>alert(document.cookie)</script><!-- {Guid.NewGuid()} --></html>")),
        "empty" => ("发票.pdf", "application/pdf", []),
        "25mb" => ("扫描件.pdf", "application/pdf", [.. UniquePdf(), .. new byte[25 * 1024 * 1024]]),
        "script" => ("发票.pdf", "application/pdf", Pdf("<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")),
        // A name may spell any byte as #hh, and readers decode it: /J#61vaScript is /JavaScript.
        "escaped-script" => ("发票.pdf", "application/pdf", Pdf("<< /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>")),
        "launch" => ("合同.pdf", "application/pdf", Pdf("<< /Type /Catalog /OpenAction << /S /Launch /F (cmd.exe) >> >>")),
        // A good PDF under a name no person gives a file: refused, not silently renamed (the store cleans names too).
        "dotdot" => ("../../../etc/发票.pdf", "application/pdf", UniquePdf()),
        "backslash" => (@"..\..\Windows\System32\合同.pdf", "application/pdf", UniquePdf()),
        "crlf" => ("发票\r\nX-Injected: 1\r\n.pdf", "application/pdf", UniquePdf()),
        "control" => ("扫描\u0000\u0007\u001b\u2028件.pdf", "application/pdf", UniquePdf()),
        "rlo" => ("发票\u202Egnp.exe", "application/pdf", UniquePdf()),
        _ => throw new ArgumentOutOfRangeException(nameof(abuse), abuse, null),
    };

    private static byte[] Pdf(string catalog) => System.Text.Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj {catalog} endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

[Collection(OnSqlite.Name)]
public sealed class RequestUploadAbuseOnSqlite(SqliteApp app) : RequestUploadAbuseTests(app);

[Collection(OnPostgres.Name)]
public sealed class RequestUploadAbuseOnPostgres(PostgresApp app) : RequestUploadAbuseTests(app);
