using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Web.Localization;

namespace Grants.Web.Features.ScoreImport;

/// <summary>
/// What a column of the score template holds. <see cref="Header"/> is the county's Chinese header whatever the user's
/// language — the file's contract; <see cref="TextKey"/> names it on the page in other languages. A criterion's column
/// has no key: its header is the rubric's own Chinese name.
/// </summary>
public sealed record ScoreColumn(string Header, string? TextKey = null)
{
    /// <summary>The header; in another language its meaning with the header beside it, to find it in the file.</summary>
    public string Name(CultureInfo culture) => TextKey is null || UiText.IsChinese(culture)
        ? Header
        : $"{UiText.Catalogue.Find(TextKey, culture) ?? TextKey} ({Header})";
}

public static class ScoreColumns
{
    public static readonly ScoreColumn Township = new("乡镇", "ScoreImport.Column.Township");
    public static readonly ScoreColumn Community = new("村（社区）", "ScoreImport.Column.Community");

    /// <summary>Shown for the clerk's sake; the reader takes the category from the community itself.</summary>
    public static readonly ScoreColumn Category = new("类别", "ScoreImport.Column.Category");

    private const string MaxMark = "满分";

    /// <summary>"人居环境(满分25)": the criterion's name, then its maximum for whoever fills the cell in.</summary>
    public static ScoreColumn Criterion(RubricCriterion criterion) =>
        new($"{criterion.Name}({MaxMark}{Number(criterion.MaxPoints)})");

    /// <summary>A column that is absent from the file, named by the criterion alone.</summary>
    public static ScoreColumn Absent(RubricCriterion criterion) => new(criterion.Name);

    /// <summary>The criterion a header names: the text before "(满分…)" (either kind of bracket), else the header itself.</summary>
    public static string CriterionName(string header) => NamesMaximum(header) ? header[..header.IndexOfAny(['(', '（'])].Trim() : header.Trim();

    /// <summary>True for a header in the template's criterion form, "name(满分…)".</summary>
    public static bool NamesMaximum(string header)
    {
        var open = header.IndexOfAny(['(', '（']);
        return open > 0 && header.IndexOf(MaxMark, open, StringComparison.Ordinal) > open;
    }

    public static ScoreColumn Satisfied(ResidentGroup group) => new($"{GroupName(group)}满意人数", $"ScoreImport.Column.{group}Satisfied");

    public static ScoreColumn Surveyed(ResidentGroup group) => new($"{GroupName(group)}受访人数", $"ScoreImport.Column.{group}Surveyed");

    /// <summary>The template's satisfaction columns, two per group, in the groups' order.</summary>
    public static IReadOnlyList<ScoreColumn> SatisfactionColumns { get; } =
        [.. Enum.GetValues<ResidentGroup>().SelectMany(g => new[] { Satisfied(g), Surveyed(g) })];

    /// <summary>The county's Chinese names: part of the headers, so fixed here rather than taken from the UI texts.</summary>
    private static string GroupName(ResidentGroup group) => group switch
    {
        ResidentGroup.Elderly => "老年人",
        ResidentGroup.Women => "妇女",
        ResidentGroup.Youth => "青年",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    internal static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
