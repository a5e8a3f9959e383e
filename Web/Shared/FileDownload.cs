using Grants.Infrastructure.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Shared;

public static class FileDownload
{
    /// <summary>
    /// A stored file as a download: its detected type, never shown inline (Content-Disposition: attachment, with the
    /// name in UTF-8 as filename*), never sniffed. The caller has already decided the user may see the record it belongs to.
    /// </summary>
    public static IActionResult StoredFile(this Controller controller, FileStore store, string sha256, string contentType, string fileName)
    {
        if (!store.Exists(sha256))
        {
            return controller.NotFound();
        }

        controller.Response.Headers.XContentTypeOptions = "nosniff";
        controller.Response.Headers.CacheControl = "private, no-store";
        return controller.File(store.OpenRead(sha256), contentType, fileName);
    }
}
