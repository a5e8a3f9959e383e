using System.Security.Cryptography;
using System.Text;
using Grants.Infrastructure;
using Grants.Infrastructure.Storage;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>Documents to attach and the ways to look for them afterwards: in the database and on disk.</summary>
internal static class ReceiptFileKit
{
    public const string Form = "form[enctype='multipart/form-data']";

    /// <summary>A small PDF whose bytes (and so its hash) no other test shares.</summary>
    public static byte[] UniquePdf() => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] UniquePng() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Guid.NewGuid().ToByteArray()];

    public static byte[] UniqueJpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. Guid.NewGuid().ToByteArray()];

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static Dictionary<string, string> ReceiptFields(string document = "鄂财农发〔2026〕12号") => new()
    {
        ["Level"] = "Province",
        ["CatalogueLine"] = "人居环境整治",
        ["DocumentNumber"] = document,
        ["ReceivedOn"] = "2026-03-02",
        ["Amount"] = "5000",
    };

    public static Task<HttpResponseMessage> UploadReceiptAsync(
        this TestClient client, int poolId, string fileName, byte[] content, string contentType = "application/pdf", string? language = null) =>
        client.PostUpload($"/pools/receipt/{poolId}", Form, ReceiptFields(), "File", fileName, content, contentType, language);

    public static Task<(int Id, string? Sha256, string? FileName)> LastReceiptAsync(this GrantsApp app, int poolId) => app.InDb(async db =>
    {
        var r = await db.PoolReceipts.AsNoTracking().Where(r => r.PoolId == poolId).OrderByDescending(r => r.Id).FirstAsync();
        return (r.Id, r.FileSha256, r.FileName);
    });

    public static Task<int> StoredFileCountAsync(this GrantsApp app) => app.InDb(db => db.StoredFiles.CountAsync());

    public static GrantsSettings Settings(this GrantsApp app) => app.Services.GetRequiredService<GrantsSettings>();

    /// <summary>Every file under the store's folder, temporary ones included.</summary>
    public static IReadOnlyList<string> FilesOnDisk(this GrantsApp app) =>
        Directory.Exists(app.Settings().FilesDirectory)
            ? Directory.GetFiles(app.Settings().FilesDirectory, "*", SearchOption.AllDirectories)
            : [];
}
