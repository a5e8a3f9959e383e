using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Grants.Web.Localization;

/// <summary>
/// The UI text catalogue: embedded Resources/*.tsv files, one line per key with the zh-CN and en
/// text side by side (see docs/decisions/003-ui-text-in-tsv.md).
/// </summary>
public sealed class UiText
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private UiText(FrozenDictionary<string, (string Zh, string En)> entries) => Entries = entries;

    public static UiText Catalogue { get; } = Load(typeof(UiText).Assembly);

    public FrozenDictionary<string, (string Zh, string En)> Entries { get; }

    public string? Find(string key, CultureInfo culture)
    {
        if (!Entries.TryGetValue(key, out var text))
        {
            return null;
        }

        return IsChinese(culture) ? text.Zh : text.En;
    }

    public static bool IsChinese(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" || culture.Equals(CultureInfo.InvariantCulture);

    internal static UiText Load(Assembly assembly)
    {
        var entries = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var parts = line.Split('\t');
                if (parts.Length != 3 || parts.Any(p => p.Length == 0))
                {
                    throw new InvalidOperationException($"{name}:{number}: expected 'key<TAB>中文<TAB>English'.");
                }

                if (!entries.TryAdd(parts[0], (Unescape(parts[1]), Unescape(parts[2]))))
                {
                    throw new InvalidOperationException($"{name}:{number}: key '{parts[0]}' is defined twice.");
                }
            }
        }

        return new UiText(entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string Unescape(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal);
}
