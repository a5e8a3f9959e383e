namespace Grants.Reports.Fonts;

/// <summary>
/// The free faces that stand in for the GB/T 9704 typefaces (小标宋, 仿宋, 黑体, 楷体). They come from
/// Debian packages installed by ./grants; nothing is bundled. The reports issue maps them in detail.
/// </summary>
public static class CjkFonts
{
    public static IReadOnlyList<FontFace> Required { get; } =
    [
        new("Heiti", "fonts-wqy-microhei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        new("Songti", "fonts-arphic-uming", "/usr/share/fonts/truetype/arphic/uming.ttc"),
        new("Kaiti", "fonts-arphic-ukai", "/usr/share/fonts/truetype/arphic/ukai.ttc"),
    ];

    public static IReadOnlyList<FontFace> Missing() => Required.Where(f => !File.Exists(f.Path)).ToList();
}

public sealed record FontFace(string Role, string DebianPackage, string Path);
