namespace Grants.Infrastructure.Storage;

/// <summary>
/// The kinds of document the bureau accepts (PDF, JPEG, PNG), told apart by their first bytes — never by the file's
/// name or the Content-Type the browser claims, both of which the uploader chooses.
/// </summary>
public static class FileKinds
{
    public const string Pdf = "application/pdf";

    public const string Jpeg = "image/jpeg";

    public const string Png = "image/png";

    /// <summary>Enough leading bytes to recognise every accepted kind.</summary>
    public const int HeadLength = 8;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type of an accepted kind, or null when the bytes are none of them.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? Pdf
        : head.StartsWith(JpegMagic) ? Jpeg
        : head.StartsWith(PngMagic) ? Png
        : null;

    /// <summary>
    /// True when a PDF names an action that runs script or launches a program (/JavaScript, /JS, /Launch) in its
    /// readable structure. Such a PDF is refused rather than stripped: a receipt has no need of script, and a
    /// stripped file would no longer be the document the payee signed. Names hidden inside compressed object streams
    /// escape this check; every download is therefore also served as an attachment, sandboxed, never inline as a page.
    /// </summary>
    public static bool HasPdfScript(ReadOnlySpan<byte> pdf) =>
        ContainsName(pdf, "/JavaScript"u8) || ContainsName(pdf, "/JS"u8) || ContainsName(pdf, "/Launch"u8);

    /// <summary>The file name extension a download of this kind carries.</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted kind."),
    };

    /// <summary>A PDF name ends where a letter or digit does not follow it: "/JS" is found in "/JS (…)", not in "/JSON".</summary>
    private static bool ContainsName(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> name)
    {
        for (var at = pdf.IndexOf(name); at >= 0; )
        {
            var end = at + name.Length;
            if (end >= pdf.Length || !char.IsAsciiLetterOrDigit((char)pdf[end]))
            {
                return true;
            }

            var next = pdf[end..].IndexOf(name);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>Reads the first bytes of a stream (fewer when it is shorter).</summary>
    public static async Task<byte[]> ReadHeadAsync(Stream content, CancellationToken ct)
    {
        var head = new byte[HeadLength];
        var read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, ct);
        return head[..read];
    }
}
