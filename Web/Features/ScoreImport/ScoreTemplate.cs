using ClosedXML.Excel;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Localization;

namespace Grants.Web.Features.ScoreImport;

/// <summary>A pilot community's row: its place and, when it has a card on the sheet's rubric already, its figures.</summary>
public sealed record TemplateRow(
    string Township, string Community, IReadOnlyDictionary<int, decimal> Points, IReadOnlyDictionary<ResidentGroup, (int Satisfied, int Surveyed)> Counts);

/// <summary>One category's sheet: the rubric in effect for the quarter and its pilot communities.</summary>
public sealed record TemplateSheet(CommunityCategory Category, Rubric Rubric, IReadOnlyList<TemplateRow> Rows);

/// <summary>
/// The county's score template for a quarter (季度考核评分导入模板): one worksheet per community category, named after
/// it, whose columns are exactly that category's rubric — every criterion with its maximum in the header, then the
/// satisfied and surveyed residents of each group — and whose rows are its pilot communities, with the figures
/// already entered. A help sheet names the quarter (the reader refuses a file of another quarter) and the rubrics.
/// Texts are the Chinese ones whatever the user's language: it is a county document.
/// </summary>
public static class ScoreTemplate
{
    public const string HelpSheetName = "填写说明";

    private const string QuarterLabel = "季度";

    public static string FileName(Quarter quarter) => $"{quarter}季度考核评分导入模板.xlsx";

    public static byte[] Write(Quarter quarter, IReadOnlyList<TemplateSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in sheets)
        {
            WriteSheet(workbook.AddWorksheet(Chinese($"Category.{sheet.Category}")), sheet);
        }

        WriteHelp(workbook.AddWorksheet(HelpSheetName), quarter, sheets);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The quarter a template names on its help sheet, or null for a file without one.</summary>
    public static Quarter? QuarterOf(XLWorkbook workbook) =>
        workbook.Worksheets.TryGetWorksheet(HelpSheetName, out var help) && help.Cell(1, 1).GetString().Trim() == QuarterLabel
            ? Quarter.TryParse(help.Cell(1, 2).GetString())
            : null;

    private static void WriteSheet(IXLWorksheet sheet, TemplateSheet template)
    {
        var criteria = template.Rubric.Criteria;
        var columns = new List<(ScoreColumn Column, XLColor Fill, double Width, string Format)>
        {
            (ScoreColumns.Township, XLColor.LightGray, 12, "@"),
            (ScoreColumns.Community, XLColor.LightGray, 18, "@"),
            (ScoreColumns.Category, XLColor.LightGray, 14, "@"),
        };
        columns.AddRange(criteria.Select(c => (ScoreColumns.Criterion(c), XLColor.LightGreen, 16d, "0.##")));
        columns.AddRange(ScoreColumns.SatisfactionColumns.Select(c => (c, XLColor.LightBlue, 14d, "0")));
        for (var i = 0; i < columns.Count; i++)
        {
            var header = sheet.Cell(1, i + 1);
            header.Value = columns[i].Column.Header;
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = columns[i].Fill;
            // Set by hand: ClosedXML measures text for AdjustToContents with GDI+, which Linux servers lack.
            sheet.Column(i + 1).Width = columns[i].Width;
            sheet.Column(i + 1).Style.NumberFormat.Format = columns[i].Format;
        }

        var category = Chinese($"Category.{template.Category}");
        for (var r = 0; r < template.Rows.Count; r++)
        {
            var row = template.Rows[r];
            var line = sheet.Row(r + 2);
            line.Cell(1).SetValue(row.Township);
            line.Cell(2).SetValue(row.Community);
            line.Cell(3).SetValue(category);
            for (var c = 0; c < criteria.Count; c++)
            {
                if (row.Points.TryGetValue(criteria[c].Order, out var points))
                {
                    line.Cell(4 + c).Value = points;
                }
            }

            var groups = Enum.GetValues<ResidentGroup>();
            for (var g = 0; g < groups.Length; g++)
            {
                if (row.Counts.TryGetValue(groups[g], out var counts))
                {
                    line.Cell(4 + criteria.Count + (2 * g)).Value = counts.Satisfied;
                    line.Cell(5 + criteria.Count + (2 * g)).Value = counts.Surveyed;
                }
            }
        }

        // Excel itself refuses a score outside 0 to the maximum while the clerk types; the import checks again.
        var last = Math.Max(template.Rows.Count + 1, 2);
        for (var c = 0; c < criteria.Count; c++)
        {
            sheet.Range(2, 4 + c, last, 4 + c).SetDataValidation().Decimal.Between(0, (double)criteria[c].MaxPoints);
        }

        sheet.SheetView.Freeze(1, 2);
    }

    private static void WriteHelp(IXLWorksheet help, Quarter quarter, IReadOnlyList<TemplateSheet> sheets)
    {
        help.Cell(1, 1).Value = QuarterLabel;
        help.Cell(1, 2).Value = quarter.ToString();
        help.Cell(1, 3).Value = quarter.ChineseName;
        var row = 3;
        foreach (var key in new[] { "ScoreImport.Template.OneRow", "ScoreImport.Template.Points", "ScoreImport.Template.Residents", "ScoreImport.Template.Blank" })
        {
            help.Cell(row++, 1).Value = Chinese(key);
        }

        row++;
        foreach (var sheet in sheets)
        {
            var rubric = sheet.Rubric;
            help.Cell(row, 1).Value = Chinese($"Category.{sheet.Category}");
            help.Cell(row, 2).Value = Chinese("ScoreImport.Template.Rubric", rubric.Version, rubric.EffectiveFrom.ChineseName);
            help.Cell(row++, 1).Style.Font.Bold = true;
            foreach (var criterion in rubric.Criteria)
            {
                help.Cell(row++, 2).Value = Chinese("ScoreImport.Template.Criterion",
                    criterion.Name, ScoreColumns.Number(criterion.MaxPoints), ScoreColumns.Number(criterion.Weight));
            }

            help.Cell(row++, 2).Value = Chinese("ScoreImport.Template.ResidentsWeight", ScoreColumns.Number(rubric.ResidentsWeight));
        }

        help.Cell(1, 1).Style.Font.Bold = true;
        (help.Column(1).Width, help.Column(2).Width, help.Column(3).Width) = (16, 60, 20);
    }

    private static string Chinese(string key) => UiText.Catalogue.Find(key, UiText.Chinese) ?? key;

    private static string Chinese(string key, params object[] arguments) => string.Format(UiText.Chinese, Chinese(key), arguments);
}
