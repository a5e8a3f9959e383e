using System.Globalization;

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

    private const int ScriptNameMaxLength = 10; // "JavaScript"

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
    /// readable structure, however the name is spelt (#hh escapes decoded, as readers do: /J#61vaScript is /JavaScript).
    /// Such a PDF is refused rather than stripped: a receipt has no need of script, and a stripped file would no longer
    /// be the document the payee signed. Names hidden inside compressed object streams escape this check; every
    /// download is therefore also served as an attachment, sandboxed, never inline as a page.
    /// </summary>
    public static bool HasPdfScript(ReadOnlySpan<byte> pdf)
    {
        Span<byte> name = stackalloc byte[ScriptNameMaxLength + 1];
        for (var at = pdf.IndexOf((byte)'/'); at >= 0; at = pdf.IndexOf((byte)'/'))
        {
            pdf = pdf[(at + 1)..];
            var spelt = ReadName(pdf, name);
            if (spelt.SequenceEqual("JavaScript"u8) || spelt.SequenceEqual("JS"u8) || spelt.SequenceEqual("Launch"u8))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file name extension a download of this kind carries.</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted kind."),
    };

    /// <summary>Reads the first bytes of a stream (fewer when it is shorter).</summary>
    public static async Task<byte[]> ReadHeadAsync(Stream content, CancellationToken ct)
    {
        var head = new byte[HeadLength];
        var read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, ct);
        return head[..read];
    }

    /// <summary>
    /// The decoded name at the start of <paramref name="pdf"/> (after its "/"), up to the first white-space or
    /// delimiter byte; a name longer than any script name is cut to one byte more, which matches none.
    /// </summary>
    private static ReadOnlySpan<byte> ReadName(ReadOnlySpan<byte> pdf, Span<byte> name)
    {
        var length = 0;
        for (var i = 0; i < pdf.Length && length < name.Length && !"\0\t\n\f\r ()<>[]{}/%"u8.Contains(pdf[i]); i++)
        {
            var b = pdf[i];
            if (b == '#' && i + 2 < pdf.Length && byte.TryParse(pdf.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var decoded))
            {
                b = decoded;
                i += 2;
            }

            name[length++] = b;
        }

        return name[..length];
    }
}
