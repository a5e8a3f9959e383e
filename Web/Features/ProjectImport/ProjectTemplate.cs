using ClosedXML.Excel;
using Grants.Web.Features.Projects;
using Grants.Web.Localization;

namespace Grants.Web.Features.ProjectImport;

/// <summary>
/// The county template (项目清单导入模板) to download: the header row on the first sheet, the help and the catalogue
/// on a second. It is a county document, so its texts are the Chinese ones whatever the user's language.
/// </summary>
public static class ProjectTemplate
{
    public const string FileName = "项目清单导入模板.xlsx";

    public const string SheetName = "项目清单";

    private const string HelpSheetName = "填写说明";

    public static byte[] Write()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        var help = workbook.AddWorksheet(HelpSheetName);
        for (var i = 0; i < ImportColumns.All.Count; i++)
        {
            var column = ImportColumns.All[i];
            var header = sheet.Cell(1, i + 1);
            header.Value = column.Header;
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = column.Required ? XLColor.LightGreen : XLColor.LightGray;
            // Set by hand: ClosedXML measures text for AdjustToContents with GDI+, which Linux servers lack.
            sheet.Column(i + 1).Width = column.Width;
            help.Cell(i + 2, 1).Value = column.Header;
            help.Cell(i + 2, 2).Value = Chinese(column.HelpKey);
        }

        sheet.SheetView.FreezeRows(1);
        FormatDataCells(sheet);
        help.Cell(1, 1).Value = Chinese("Import.Template.Column");
        help.Cell(1, 2).Value = Chinese("Import.Template.Help");
        help.Cell(1, 4).Value = Chinese("Import.Template.Catalogue");
        help.Row(1).Style.Font.Bold = true;
        for (var i = 0; i < Catalogue.Lines.Count; i++)
        {
            help.Cell(i + 2, 4).Value = Catalogue.Lines[i].Line;
        }

        (help.Column(1).Width, help.Column(2).Width, help.Column(4).Width) = (14, 70, 20);
        // A drop-down of the catalogue lines in the catalogue column, so a line cannot be mistyped.
        var catalogue = ImportColumns.Order(ImportColumns.CatalogueLine) + 1;
        sheet.Range(2, catalogue, ProjectSheetReader.MaxRows + 1, catalogue).SetDataValidation()
            .List(help.Range(2, 4, Catalogue.Lines.Count + 1, 4));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Whole-column formats (no cells created): dates as dates, counts as numbers, everything else as text.</summary>
    private static void FormatDataCells(IXLWorksheet sheet)
    {
        for (var i = 0; i < ImportColumns.All.Count; i++)
        {
            var column = ImportColumns.All[i];
            // Text columns stay text: a community named "0801" must not turn into the number 801.
            sheet.Column(i + 1).Style.NumberFormat.Format = column == ImportColumns.PlannedStart || column == ImportColumns.PlannedEnd
                ? "yyyy-mm-dd"
                : column == ImportColumns.Collected || column == ImportColumns.Merged ? "0" : "@";
        }
    }

    private static string Chinese(string key) => UiText.Catalogue.Find(key, UiText.Chinese) ?? key;
}
