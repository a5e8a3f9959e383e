using Grants.Infrastructure.Storage;

namespace Grants.Web.Shared;

public static class Uploads
{
    /// <summary>Stores an uploaded file (checked again by the store) and gives it back with its cleaned name.</summary>
    public static async Task<(StoredBlob Blob, string Name)> SaveUploadAsync(this FileStore files, IFormFile upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(upload);
        await using var content = upload.OpenReadStream();
        var blob = await files.SaveAsync(content, ct);
        return (blob, FileNames.Clean(upload.FileName, blob.ContentType));
    }
}
