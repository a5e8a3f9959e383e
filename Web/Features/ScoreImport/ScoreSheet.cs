using ClosedXML.Excel;
using Grants.Domain.Assessment;

namespace Grants.Web.Features.ScoreImport;

/// <summary>A value cell as read: <see cref="Present"/> when not blank; <see cref="Value"/> null when blank or unreadable.</summary>
public sealed record ScoreValue<T>(ScoreCell Cell, bool Present, T? Value)
    where T : struct;

/// <summary>One community's row: its place as typed, the points under every criterion-like header, the survey counts.</summary>
public sealed record ScoreSheetRow(
    int SheetIndex,
    ScoreCell Place,
    ScoreCell TownshipCell,
    string Township,
    ScoreCell CommunityCell,
    string Community,
    IReadOnlyDictionary<string, ScoreValue<decimal>> Points,
    IReadOnlyDictionary<ResidentGroup, (ScoreValue<int> Satisfied, ScoreValue<int> Surveyed)> Satisfaction);

public sealed record ScoreSheet(IReadOnlyList<ScoreSheetRow> Rows, IReadOnlyList<ScoreError> Errors);

/// <summary>
/// Reads a checked workbook (see ProjectImport's WorkbookFile): every worksheet whose row 1 has the 乡镇 and 村（社区）
/// headers is a score sheet — the template has one per community category, but one sheet with all the columns reads
/// the same. Other sheets (the help) are skipped. A row with its place but no figure at all is not part of the import,
/// so a township can send its own rows only. Cells that are not numbers are reported here; the rest is ScoreRows' work.
/// </summary>
public static class ScoreSheetReader
{
    public const int MaxRows = 10_000;

    public static ScoreSheet Read(Stream workbookFile, Quarter quarter)
    {
        try
        {
            using var workbook = new XLWorkbook(workbookFile);
            return Read(workbook, quarter);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return new ScoreSheet([], [ScoreError.ForFile("Import.Unreadable")]);
        }
    }

    private static ScoreSheet Read(XLWorkbook workbook, Quarter quarter)
    {
        if (ScoreTemplate.QuarterOf(workbook) is { } written && written != quarter)
        {
            return new ScoreSheet([], [ScoreError.ForFile("ScoreImport.QuarterMismatch", written.ToString(), quarter.ToString())]);
        }

        var sheets = workbook.Worksheets.Select((sheet, index) => (Sheet: sheet, Index: index, Headers: SheetHeaders.Find(sheet)))
            .Where(s => s.Headers.IsScoreSheet).ToList();
        if (sheets.Count == 0)
        {
            return new ScoreSheet([], [ScoreError.ForFile("Import.HeadersMissing", $"{ScoreColumns.Township.Header}、{ScoreColumns.Community.Header}")]);
        }

        if (sheets.FirstOrDefault(s => s.Headers.Missing.Count > 0) is { Sheet: not null } incomplete)
        {
            return new ScoreSheet([], [new ScoreError(incomplete.Sheet.Name, 1, 0, null, "Import.HeadersMissing", string.Join("、", incomplete.Headers.Missing))]);
        }

        if (sheets.Sum(s => (s.Sheet.LastRowUsed()?.RowNumber() ?? 1) - 1) > MaxRows)
        {
            return new ScoreSheet([], [ScoreError.ForFile("ScoreImport.TooManyRows", MaxRows)]);
        }

        var rows = new List<ScoreSheetRow>();
        var errors = new List<ScoreError>();
        foreach (var (sheet, index, headers) in sheets)
        {
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
            for (var number = 2; number <= lastRow; number++)
            {
                if (new ScoreRowCells(sheet.Row(number), headers, errors).Read(index) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return new ScoreSheet(rows, errors);
    }
}
