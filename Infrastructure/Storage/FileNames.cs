using System.Globalization;
using System.Text;

namespace Grants.Infrastructure.Storage;

/// <summary>
/// The name an uploaded file is shown and downloaded under. Only its last path segment is kept, without control or
/// path characters, at most <see cref="MaxLength"/> characters, and it always ends in the extension of the detected
/// kind — so a PDF sent as "x.html" downloads as "x.html.pdf" and can never be opened as a page. Characters outside
/// the Basic Multilingual Plane (emoji) are replaced too, so that cutting to length never splits a pair. So are invisible
/// format characters and line separators: a right-to-left override (U+202E) between "发票" and "gnp.exe.pdf"
/// would show that PDF to a reviewer as "发票fdp.exe.png".
/// </summary>
public static class FileNames
{
    public const int MaxLength = 120;

    private const string Forbidden = "\\/:*?\"<>|";

    /// <summary>
    /// A name no person gives a document: a climb out of a folder (../ or ..\), control characters (line breaks, NUL),
    /// invisible formatting such as a right-to-left override, or line separators. Such an upload is refused rather than
    /// renamed. A plain full path is not hostile: older browsers on Windows send "C:\扫描\x.pdf", and only its last
    /// segment is kept (<see cref="Clean"/>).
    /// </summary>
    public static bool IsHostile(string? uploadedName) =>
        uploadedName is not null
        && (uploadedName.Contains("../", StringComparison.Ordinal) || uploadedName.Contains("..\\", StringComparison.Ordinal)
            || uploadedName.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator));

    public static string Clean(string? uploadedName, string contentType)
    {
        var extension = FileKinds.ExtensionOf(contentType);
        var name = uploadedName ?? "";
        // Old browsers send the whole client path (C:\Users\…\发票.pdf).
        name = name[(name.LastIndexOfAny(['\\', '/']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            kept.Append(IsUnsafe(c) || Forbidden.Contains(c) ? '_' : c);
        }

        var stem = kept.ToString().Trim().Trim('.').Trim();
        if (HasExtension(stem, contentType))
        {
            stem = stem[..stem.LastIndexOf('.')];
        }

        stem = stem.Length == 0 ? "attachment" : stem;
        stem = stem.Length > MaxLength - extension.Length ? stem[..(MaxLength - extension.Length)].TrimEnd() : stem;
        return stem + extension;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool HasExtension(string name, string contentType) =>
        Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".pdf" => contentType == FileKinds.Pdf,
            ".jpg" or ".jpeg" => contentType == FileKinds.Jpeg,
            ".png" => contentType == FileKinds.Png,
            _ => false,
        };
}
