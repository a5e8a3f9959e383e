using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Grants.Reports.Fonts;

/// <summary>
/// Gives PDFsharp the free CJK faces from Debian, each the first face of its collection made standalone. The GB/T 9704
/// typefaces map onto them: 黑体 → WenQuanYi Micro Hei (Heiti); 小标宋 and 仿宋 → AR PL UMing (Songti, the nearest
/// free 宋/明 face); 楷体 → AR PL UKai (Kaiti). Bold is simulated. Every face carries Latin letters and digits too,
/// so amounts never fall back to boxes. A missing font file is a clear error naming the Debian package.
/// </summary>
public sealed class CjkFontResolver(IReadOnlyList<FontFace>? faces = null) : IFontResolver
{
    public const string Heiti = "Heiti";
    public const string Songti = "Songti";
    public const string Kaiti = "Kaiti";

    private static readonly Dictionary<string, string> Families = new(StringComparer.OrdinalIgnoreCase)
    {
        [Heiti] = Heiti, ["黑体"] = Heiti,
        [Songti] = Songti, ["宋体"] = Songti, ["小标宋"] = Songti, ["仿宋"] = Songti,
        [Kaiti] = Kaiti, ["楷体"] = Kaiti,
    };

    private readonly IReadOnlyList<FontFace> required = faces ?? CjkFonts.Required;
    private readonly ConcurrentDictionary<string, byte[]> loaded = new(StringComparer.Ordinal);

    /// <summary>Installs the resolver once for the process (PDFsharp keeps one global resolver).</summary>
    public static void Install()
    {
        lock (Families)
        {
            if (GlobalFontSettings.FontResolver is not CjkFontResolver)
            {
                GlobalFontSettings.FontResolver = new CjkFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Families.GetValueOrDefault(familyName ?? "", Songti), mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => loaded.GetOrAdd(faceName, Load);

    private byte[] Load(string faceName)
    {
        var face = required.SingleOrDefault(f => f.Role == faceName)
            ?? throw new ArgumentException($"No CJK face called '{faceName}'.", nameof(faceName));
        if (!File.Exists(face.Path))
        {
            throw new FileNotFoundException(
                $"The {face.Role} font is missing: install the Debian package {face.DebianPackage} (./grants does this when run as root).", face.Path);
        }

        return TrueTypeFaces.ExtractFace(File.ReadAllBytes(face.Path), 0);
    }
}
