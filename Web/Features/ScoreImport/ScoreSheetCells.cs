using System.Globalization;
using ClosedXML.Excel;
using Grants.Domain.Assessment;

namespace Grants.Web.Features.ScoreImport;

/// <summary>Where a score sheet's columns are, found by the headers in row 1; any other header is taken for a criterion.</summary>
internal sealed class SheetHeaders
{
    private SheetHeaders(string sheet) => Sheet = sheet;

    public string Sheet { get; }

    public int Township { get; private set; }

    public int Community { get; private set; }

    /// <summary>By criterion name: the column's number and header.</summary>
    public Dictionary<string, (int Number, ScoreColumn Meaning)> Criteria { get; } = new(StringComparer.Ordinal);

    public Dictionary<(ResidentGroup Group, bool Satisfied), (int Number, ScoreColumn Meaning)> Counts { get; } = [];

    public bool IsScoreSheet => Township > 0 || Community > 0;

    public IReadOnlyList<string> Missing =>
        [.. new[] { (Township, ScoreColumns.Township), (Community, ScoreColumns.Community) }.Where(c => c.Item1 == 0).Select(c => c.Item2.Header)];

    public static SheetHeaders Find(IXLWorksheet sheet)
    {
        var headers = new SheetHeaders(sheet.Name);
        var counts = Enum.GetValues<ResidentGroup>()
            .SelectMany(g => new[] { (Column: ScoreColumns.Satisfied(g), Key: (g, true)), (Column: ScoreColumns.Surveyed(g), Key: (g, false)) })
            .ToDictionary(c => c.Column.Header, StringComparer.Ordinal);
        foreach (var cell in sheet.Row(1).CellsUsed())
        {
            var text = cell.GetString().Trim();
            var number = cell.Address.ColumnNumber;
            if (text == ScoreColumns.Township.Header)
            {
                headers.Township = headers.Township > 0 ? headers.Township : number;
            }
            else if (text == ScoreColumns.Community.Header || text == "村(社区)")
            {
                headers.Community = headers.Community > 0 ? headers.Community : number;
            }
            else if (counts.TryGetValue(text, out var count))
            {
                headers.Counts.TryAdd(count.Key, (number, count.Column));
            }
            else if (text.Length > 0 && text != ScoreColumns.Category.Header)
            {
                headers.Criteria.TryAdd(ScoreColumns.CriterionName(text), (number, new ScoreColumn(text)));
            }
        }

        return headers;
    }
}

/// <summary>The cells of one row, read by column; a number that cannot be read adds an error and is null.</summary>
internal sealed class ScoreRowCells(IXLRow row, SheetHeaders headers, List<ScoreError> errors)
{
    private const int MaxCount = 100_000;

    /// <summary>The row, or null when it is blank or carries no figure at all (a community not part of this import).</summary>
    public ScoreSheetRow? Read(int sheetIndex)
    {
        var points = headers.Criteria.ToDictionary(c => c.Key, c => Points(c.Value.Number, c.Value.Meaning), StringComparer.Ordinal);
        var counts = Enum.GetValues<ResidentGroup>().ToDictionary(g => g, g => (Count(g, satisfied: true), Count(g, satisfied: false)));
        var anyFigure = points.Values.Any(p => p.Present) || counts.Values.Any(c => c.Item1.Present || c.Item2.Present);
        if (!anyFigure)
        {
            return null;
        }

        var township = Text(headers.Township, ScoreColumns.Township);
        var community = Text(headers.Community, ScoreColumns.Community);
        return new ScoreSheetRow(sheetIndex, Cell(0, null), township.Cell, township.Text, community.Cell, community.Text, points, counts);
    }

    private (ScoreCell Cell, string Text) Text(int number, ScoreColumn meaning) =>
        (Cell(number, meaning), Value(number)?.ToString()?.Trim() ?? "");

    private ScoreValue<decimal> Points(int number, ScoreColumn meaning)
    {
        var value = Value(number);
        decimal? points = value switch
        {
            // A double converts to decimal at 15 significant digits: 18.55 typed is 18.55, not 18.550000000000001.
            double d when Math.Abs(d) < 1_000_000 => (decimal)d,
            string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
        var present = !IsEmpty(value);
        if (present && points is null)
        {
            errors.Add(ScoreError.At(Cell(number, meaning), "ScoreImport.NotANumber", ScoreColumns.CriterionName(meaning.Header), Shown(value)));
        }

        return new ScoreValue<decimal>(Cell(number, meaning), present, points);
    }

    private ScoreValue<int> Count(ResidentGroup group, bool satisfied)
    {
        if (!headers.Counts.TryGetValue((group, satisfied), out var column))
        {
            return new ScoreValue<int>(Cell(0, satisfied ? ScoreColumns.Satisfied(group) : ScoreColumns.Surveyed(group)), false, null);
        }

        var value = Value(column.Number);
        int? count = value switch
        {
            double d when d == Math.Floor(d) && d is >= 0 and <= MaxCount => (int)d,
            string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= MaxCount => n,
            _ => null,
        };
        var present = !IsEmpty(value);
        if (present && count is null)
        {
            errors.Add(ScoreError.At(Cell(column.Number, column.Meaning), "ScoreImport.CountInvalid", column.Meaning.TextKey!, Shown(value), MaxCount));
        }

        return new ScoreValue<int>(Cell(column.Number, column.Meaning), present, count);
    }

    /// <summary>The cell's value; a formula's last computed value, never recomputed here.</summary>
    private object? Value(int number)
    {
        if (number <= 0)
        {
            return null;
        }

        var cell = row.Cell(number);
        try
        {
            return cell.HasFormula ? cell.CachedValue : cell.Value;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }

    private ScoreCell Cell(int number, ScoreColumn? meaning) => new(headers.Sheet, row.RowNumber(), number, meaning);

    private static bool IsEmpty(object? value) => string.IsNullOrWhiteSpace(value?.ToString());

    private static string Shown(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value?.ToString()?.Trim() ?? "",
    };
}
