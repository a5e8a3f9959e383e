using System.Globalization;
using Grants.Domain;
using Grants.Web.Localization;

namespace Grants.Web.Features.ProjectImport;

/// <summary>
/// One problem with an import file: the row number as Excel shows it (0 for the file as a whole), the column it is
/// about (if any) and a UI text key with its arguments, so the page and the CLI each say it in their language.
/// </summary>
public sealed record ImportError(int Row, ImportColumn? Column, string Key, params object[] Arguments)
{
    public static ImportError ForFile(string key, params object[] arguments) => new(0, null, key, arguments);

    public static ImportError From(int row, DomainRuleException rule) =>
        new(row, ImportColumns.ForField(rule.Field) ?? ImportColumns.ForField(rule.Arguments.Count > 0 ? rule.Arguments[0] as string : null), rule.Code, [.. rule.Arguments]);

    /// <summary>The column's name; in another language with the file's Chinese header beside it, to find it in the file.</summary>
    public string ColumnName(CultureInfo culture) => Column switch
    {
        null => "",
        _ when UiText.IsChinese(culture) => Column.Header,
        _ => $"{UiText.Catalogue.Find(Column.TextKey, culture)} ({Column.Header})",
    };

    /// <summary>The message; arguments that are text keys (a field's display name) are translated too, as on the forms.</summary>
    public string Message(CultureInfo culture)
    {
        var arguments = Arguments.Select(a => a is string s ? UiText.Catalogue.Find(s, culture) ?? s : a).ToArray();
        return string.Format(culture, UiText.Catalogue.Find(Key, culture) ?? Key, arguments);
    }
}
