using System.Globalization;
using System.IO.Compression;
using AngleSharp.Dom;
using ClosedXML.Excel;
using Grants.Infrastructure;
using Grants.Web.Features.ProjectImport;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Workbooks for the import tests, built with ClosedXML in the county template's layout, and reading the result page.</summary>
internal static class ProjectImportKit
{
    public const string Page = "/projectimport";
    public const string Form = "form[data-testid=import-form]";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One row in the template's column order: 乡镇 社区 单元 项目名称 指导目录 地点 征集 归并 开工 完工 负责人.</summary>
    public static object?[] Row(string township, string community, string name, string? unit = null, string line = "人居环境整治",
        object? collected = null, object? merged = null, object? start = null, object? end = null) =>
        [township, community, unit, name, line, "村委会旁", collected ?? 12, merged ?? 5,
            start ?? new DateTime(2026, 5, 1), end ?? "2026-09-30", "张建国"];

    /// <summary>An .xlsx with the template's header row and these rows from row 2 on.</summary>
    public static byte[] Workbook(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("项目清单");
        for (var c = 0; c < ImportColumns.All.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = ImportColumns.All[c].Header;
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    // Text stays text: SetValue would turn "2026-09-30" into a date, as Excel does when typing.
                    var cell = sheet.Cell(r + 2, c + 1);
                    if (value is string text)
                    {
                        cell.SetValue(text).SetDataType(XLDataType.Text);
                    }
                    else
                    {
                        cell.Value = value;
                    }
                }
            }
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A ZIP with the parts an .xlsx names, whose one big entry unpacks to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }

            using var big = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                big.Write(zeros);
            }
        }

        return output.ToArray();
    }

    public static Task<HttpResponseMessage> Upload(this TestClient client, byte[] file, string? language = null,
        string fileName = "项目清单.xlsx", string contentType = XlsxType) =>
        client.PostUpload(Page, Form, new Dictionary<string, string>(), "Workbook", fileName, file, contentType, language);

    /// <summary>The Excel row numbers of the problems listed on the result page, in order.</summary>
    public static IReadOnlyList<int> ErrorRows(this IDocument page) =>
        page.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(tr => int.Parse(tr.GetAttribute("data-row")!, CultureInfo.InvariantCulture)).ToList();

    public static string ErrorText(this IDocument page, int row) =>
        string.Join(" | ", page.QuerySelectorAll($"[data-testid=import-errors] tbody tr[data-row='{row}']").Select(tr => tr.TextContent.Trim()));

    public static Task<List<string>> CommunityNames(this GrantsApp app, string townshipCode, int count) => app.InDb(db =>
        (from c in db.Communities.AsNoTracking()
         join t in db.Townships on c.TownshipId equals t.Id
         where t.Code == townshipCode
         orderby c.Id
         select c.Name).Take(count).ToListAsync());

    /// <summary>A unit of the township's first community that has one: (community name, unit name).</summary>
    public static Task<(string Community, string Unit)> CommunityWithUnit(this GrantsApp app, string townshipCode) => app.InDb(async db =>
    {
        var pair = await (
            from u in db.Units.AsNoTracking()
            join c in db.Communities on u.CommunityId equals c.Id
            join t in db.Townships on c.TownshipId equals t.Id
            where t.Code == townshipCode
            orderby c.Id, u.Id
            select new { Community = c.Name, Unit = u.Name }).FirstAsync();
        return (pair.Community, pair.Unit);
    });

    public static string[] ImportArgs(GrantsSettings settings, string file) => settings.Engine == DatabaseEngine.Sqlite
        ? ["import", "projects", file, "--data", settings.DataDirectory]
        : ["import", "projects", file, "--db", "postgres", "--connection", settings.ConnectionString];
}
