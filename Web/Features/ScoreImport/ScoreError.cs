using System.Globalization;
using Grants.Domain;
using Grants.Web.Localization;

namespace Grants.Web.Features.ScoreImport;

/// <summary>
/// One problem with a score file: the worksheet and row as Excel shows them (row 0 for the file as a whole), the column
/// it is about (if any, with its number in the sheet for sorting) and a UI text key with its arguments, so the page
/// and the CLI each say it in their language.
/// </summary>
public sealed record ScoreError(string Sheet, int Row, int ColumnNumber, ScoreColumn? Column, string Key, params object[] Arguments)
{
    public static ScoreError ForFile(string key, params object[] arguments) => new("", 0, 0, null, key, arguments);

    public static ScoreError At(ScoreCell cell, string key, params object[] arguments) =>
        new(cell.Sheet, cell.Row, cell.Column, cell.Meaning, key, arguments);

    public static ScoreError At(ScoreCell cell, DomainRuleException rule) => At(cell, rule.Code, [.. rule.Arguments]);

    public string ColumnName(CultureInfo culture) => Column?.Name(culture) ?? "";

    /// <summary>The message; arguments that are text keys (a group of residents, a category) are translated too.</summary>
    public string Message(CultureInfo culture)
    {
        var arguments = Arguments.Select(a => a is string s ? UiText.Catalogue.Find(s, culture) ?? s : a).ToArray();
        return string.Format(culture, UiText.Catalogue.Find(Key, culture) ?? Key, arguments);
    }
}

/// <summary>Where a value sits: worksheet, row, column number and what the column holds (column 0: the row as a whole).</summary>
public sealed record ScoreCell(string Sheet, int Row, int Column, ScoreColumn? Meaning);
