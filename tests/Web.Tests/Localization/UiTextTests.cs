using System.Globalization;
using System.Text.RegularExpressions;
using Grants.Web.Localization;

namespace Grants.Web.Tests.Localization;

/// <summary>Every text key the code names exists in the catalogue, in both languages.</summary>
public sealed partial class UiTextTests
{
    [Fact]
    public void Every_key_used_in_views_and_code_has_Chinese_and_English_text()
    {
        var web = Path.Combine(RepositoryRoot(), "Web");
        var files = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = files
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(u => !UiText.Catalogue.Entries.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Keys without text: " + string.Join(", ", missing));
    }

    [Fact]
    public void Chinese_is_served_for_Chinese_and_unknown_cultures_and_English_for_English()
    {
        Assert.Equal("登录", UiText.Catalogue.Find("Account.SignIn", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Sign in", UiText.Catalogue.Find("Account.SignIn", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Null(UiText.Catalogue.Find("No.Such.Key", CultureInfo.GetCultureInfo("en")));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Grants.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Grants.sln not found above " + AppContext.BaseDirectory);
    }

    // L["Key"], text["Key"], ErrorMessage = "Key", Name = "Key", Flash(kind, "Key" — keys look like Word.Word.
    [GeneratedRegex(@"(?:\b(?:L|text|localizer)\[\s*|ErrorMessage\s*=\s*|Name\s*=\s*|Flash\(\s*FlashKind\.\w+\s*,\s*|DomainRuleException\(\s*)""(?<key>[A-Z][A-Za-z]+(?:\.[A-Za-z0-9]+)+)""")]
    private static partial Regex KeyPattern();
}
