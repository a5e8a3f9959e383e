using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Grants.Reports.Fonts;

/// <summary>
/// Gives PDFsharp the free CJK faces from Debian, each the first face of its collection made standalone. The GB/T 9704
/// typefaces map onto them: 黑体 → WenQuanYi Micro Hei (Heiti); 小标宋 and 仿宋 → AR PL UMing (Songti, the nearest
/// free 宋/明 face); 楷体 → AR PL UKai (Kaiti). Bold is simulated. Every face carries Latin letters and digits too,
/// so amounts never fall back to boxes. A missing font file is a clear error naming the Debian package. Each family
/// comes cut down to the <see cref="CommonCharacters"/> (small to embed) and whole, as "{family}-full", for strings
/// with rarer characters.
/// </summary>
public sealed class CjkFontResolver(IReadOnlyList<FontFace>? faces = null) : IFontResolver
{
    public const string Heiti = "Heiti";
    public const string Songti = "Songti";
    public const string Kaiti = "Kaiti";

    /// <summary>Appended to a family: the whole face, every character the font has.</summary>
    public const string Full = "-full";

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

    /// <summary>The family to draw a string in: the cut-down face when it has every character, else the whole face.</summary>
    public static string FamilyFor(string family, string text) => CommonCharacters.All(text) ? family : family + Full;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var name = familyName ?? "";
        var full = name.EndsWith(Full, StringComparison.Ordinal);
        var face = Families.GetValueOrDefault(full ? name[..^Full.Length] : name, Songti);
        return new(full ? face + Full : face, mustSimulateBold: bold, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName) => loaded.GetOrAdd(faceName, Load);

    private byte[] Load(string faceName)
    {
        var full = faceName.EndsWith(Full, StringComparison.Ordinal);
        var role = full ? faceName[..^Full.Length] : faceName;
        var face = required.SingleOrDefault(f => f.Role == role)
            ?? throw new ArgumentException($"No CJK face called '{faceName}'.", nameof(faceName));
        if (!File.Exists(face.Path))
        {
            throw new FileNotFoundException(
                $"The {face.Role} font is missing: install the Debian package {face.DebianPackage} (./grants does this when run as root).", face.Path);
        }

        var whole = TrueTypeFaces.ExtractFace(File.ReadAllBytes(face.Path), 0);
        return full ? whole : TrueTypeTrim.Keep(whole, CommonCharacters.Contains, $"Grants {role} Common");
    }
}
