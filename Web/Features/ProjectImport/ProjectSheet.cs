using ClosedXML.Excel;

namespace Grants.Web.Features.ProjectImport;

/// <summary>One data row of the sheet as typed: texts trimmed, null where a cell is empty or could not be read.</summary>
public sealed record SheetRow(
    int Row, string Township, string Community, string Unit, string Name, string CatalogueLine, string Location,
    int? Collected, int? Merged, DateOnly? PlannedStart, DateOnly? PlannedEnd, string Responsible);

public sealed record ProjectSheet(IReadOnlyList<SheetRow> Rows, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Reads the first worksheet of a checked workbook (see <see cref="WorkbookFile"/>): the headers in row 1 find the
/// columns, every later non-blank row is a project. Cells that are not a number or a date where one is due are
/// reported here; the rest of the validation is the handler's.
/// </summary>
public static class ProjectSheetReader
{
    public const int MaxRows = 5000;

    public static ProjectSheet Read(Stream workbookFile)
    {
        try
        {
            using var workbook = new XLWorkbook(workbookFile);
            return Read(workbook);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A ZIP that passed the checks but is no readable workbook (damaged, or some other Office file).
            return new ProjectSheet([], [ImportError.ForFile("Import.Unreadable")]);
        }
    }

    private static ProjectSheet Read(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.First();
        var columns = FindColumns(sheet.Row(1));
        var missing = ImportColumns.All.Where(c => c.Required && !columns.ContainsKey(c)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            return new ProjectSheet([], [ImportError.ForFile("Import.HeadersMissing", string.Join("、", missing))]);
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (lastRow - 1 > MaxRows)
        {
            return new ProjectSheet([], [ImportError.ForFile("Import.TooManyRows", MaxRows)]);
        }

        var rows = new List<SheetRow>();
        var errors = new List<ImportError>();
        for (var number = 2; number <= lastRow; number++)
        {
            var cells = new RowCells(sheet.Row(number), columns, errors);
            if (!cells.IsBlank)
            {
                rows.Add(cells.ToSheetRow());
            }
        }

        return new ProjectSheet(rows, errors);
    }

    private static Dictionary<ImportColumn, int> FindColumns(IXLRow header)
    {
        var columns = new Dictionary<ImportColumn, int>();
        foreach (var cell in header.CellsUsed())
        {
            var text = cell.GetString().Trim();
            if (ImportColumns.All.FirstOrDefault(c => c.Header == text) is { } column)
            {
                columns.TryAdd(column, cell.Address.ColumnNumber);
            }
        }

        return columns;
    }
}
