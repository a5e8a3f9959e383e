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

    /// <summary>
    /// The same file shown in the browser for a reviewer's preview (images in the page, a PDF in its own tab), under
    /// a Content-Security-Policy of its own that lets it fetch nothing.
    /// </summary>
    public static IActionResult StoredFilePreview(this Controller controller, FileStore store, string sha256, string contentType, string fileName)
    {
        if (!store.Exists(sha256))
        {
            return controller.NotFound();
        }

        var headers = controller.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = "preview" + FileKinds.ExtensionOf(contentType) }.ToString()
            + "; filename*=UTF-8''" + Uri.EscapeDataString(fileName);
        // Browsers do not render a PDF in a sandboxed document, so a PDF is only denied every fetch; PDFs with script
        // never reach the store (FileKinds.HasPdfScript).
        headers.ContentSecurityPolicy = contentType == FileKinds.Pdf ? "default-src 'none'; frame-ancestors 'self'" : "sandbox; default-src 'none'; frame-ancestors 'self'";
        return controller.File(store.OpenRead(sha256), contentType);
    }
}
