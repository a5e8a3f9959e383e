using ClosedXML.Excel;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>A pilot community of the demo county as a score file names it.</summary>
internal sealed record Pilot(int Id, string TownshipCode, string Township, string Name, CommunityCategory Category);

/// <summary>Score workbooks in the template's layout, the upload, and the cards the imports leave behind.</summary>
internal static class ScoreImportKit
{
    public const string Form = "form[data-testid=import-form]";

    /// <summary>The headers of a version-1 rubric sheet (every category but farming villages from 2026Q3 on).</summary>
    public static readonly string[] Version1Headers =
    [
        "乡镇", "村（社区）", "人居环境(满分25)", "群众参与(满分20)", "项目进度(满分20)", "资金规范(满分20)", "文化润心(满分15)",
        "老年人满意人数", "老年人受访人数", "妇女满意人数", "妇女受访人数", "青年满意人数", "青年受访人数",
    ];

    public static string Page(Quarter quarter) => $"/scoreimport?quarter={quarter}";

    /// <summary>A row of a version-1 sheet: place, five criteria, then (satisfied, surveyed) for elderly, women, youth.</summary>
    public static object?[] Row(Pilot pilot, object?[] points, params (object? Satisfied, object? Surveyed)[] counts) =>
        [pilot.Township, pilot.Name, .. points, .. counts.SelectMany(c => new[] { c.Satisfied, c.Surveyed })];

    public static readonly (object?, object?)[] GoodCounts = [(40, 50), (45, 50), (30, 40)];

    /// <summary>An .xlsx with one sheet: the headers in row 1, the rows from row 2 on.</summary>
    public static byte[] Workbook(string sheetName, string[] headers, params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    sheet.Cell(r + 2, c + 1).Value = value;
                }
            }
        }

        return Save(workbook);
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static Task<HttpResponseMessage> UploadScores(this TestClient client, Quarter quarter, byte[] file, string? language = null) =>
        client.PostUpload(Page(quarter), Form, new Dictionary<string, string>(), "Workbook", "评分.xlsx", file, ProjectImportKit.XlsxType, language);

    /// <summary>Pilot communities, by id; <paramref name="category"/> null for those of every category but farming villages.</summary>
    public static Task<List<Pilot>> Pilots(this GrantsApp app, CommunityCategory? category = null) => app.InDb(db =>
        (from c in db.Communities.AsNoTracking()
         join t in db.Townships on c.TownshipId equals t.Id
         where c.IsPilot && (category == null ? c.Category != CommunityCategory.FarmingVillage : c.Category == category)
         orderby c.Id
         select new Pilot(c.Id, t.Code, t.Name, c.Name, c.Category)).ToListAsync());

    /// <summary>The community's card for the quarter with everything its figures need, or null.</summary>
    public static Task<Scorecard?> CardAsync(this GrantsApp app, int communityId, Quarter quarter) => app.InDb(db =>
        db.Scorecards.AsNoTracking().Include(s => s.Rubric).ThenInclude(r => r.Criteria).Include(s => s.Scores).Include(s => s.Satisfaction)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Quarter == quarter));

    public static Task<int> CardCountAsync(this GrantsApp app, Quarter quarter) =>
        app.InDb(db => db.Scorecards.CountAsync(s => s.Quarter == quarter));
}
