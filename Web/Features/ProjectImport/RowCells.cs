using System.Globalization;
using ClosedXML.Excel;

namespace Grants.Web.Features.ProjectImport;

/// <summary>The cells of one sheet row, read by column; a number or date that cannot be read adds an error and is null.</summary>
internal sealed class RowCells(IXLRow row, IReadOnlyDictionary<ImportColumn, int> columns, List<ImportError> errors)
{
    private const int MaxCount = 100_000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public bool IsBlank => columns.Values.All(c => string.IsNullOrWhiteSpace(Value(c)?.ToString()));

    public SheetRow ToSheetRow() => new(
        row.RowNumber(), Text(ImportColumns.Township), Text(ImportColumns.Community), Text(ImportColumns.Unit), Text(ImportColumns.Name),
        Text(ImportColumns.CatalogueLine), Text(ImportColumns.Location), Count(ImportColumns.Collected), Count(ImportColumns.Merged),
        Date(ImportColumns.PlannedStart), Date(ImportColumns.PlannedEnd), Text(ImportColumns.Responsible));

    private string Text(ImportColumn column) => columns.TryGetValue(column, out var number) ? Value(number)?.ToString()?.Trim() ?? "" : "";

    private int? Count(ImportColumn column)
    {
        var value = Value(columns[column]);
        int? count = value switch
        {
            double d when d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue => (int)d,
            string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
        if (count is null)
        {
            Add(column, IsEmpty(value) ? "Validation.Required" : "Import.NotWholeNumber", column.TextKey, Shown(value));
        }
        else if (count is < 0 or > MaxCount)
        {
            Add(column, "Validation.Range", column.TextKey, 0, MaxCount);
            return null;
        }

        return count;
    }

    private DateOnly? Date(ImportColumn column)
    {
        var value = Value(columns[column]);
        DateOnly? date = value switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            // A date typed into a cell formatted as a number: Excel's serial day.
            double d when d is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(d)),
            string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => null,
        };
        if (date is null)
        {
            Add(column, IsEmpty(value) ? "Validation.Required" : "Import.DateInvalid", column.TextKey, Shown(value));
        }

        return date;
    }

    /// <summary>The cell's value; a formula's last computed value, never recomputed here.</summary>
    private object? Value(int column)
    {
        var cell = row.Cell(column);
        try
        {
            return cell.HasFormula ? cell.CachedValue : cell.Value;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }

    private void Add(ImportColumn column, string key, params object[] arguments) =>
        errors.Add(new ImportError(row.RowNumber(), column, key, arguments));

    private static bool IsEmpty(object? value) => string.IsNullOrWhiteSpace(value?.ToString());

    private static string Shown(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value?.ToString()?.Trim() ?? "",
    };
}
