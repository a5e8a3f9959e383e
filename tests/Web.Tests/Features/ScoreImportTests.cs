using System.Net;
using ClosedXML.Excel;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Features.ScoreImport;
using Grants.Web.Localization;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.ProjectImportKit;
using static Grants.Web.Tests.Features.ScoreImportKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Importing a quarter's scores from the county template: every row or none, each bad cell reported by row and column.
/// The tests write 2026Q4 and later, so the demo's scored quarters stay as seeded.
/// </summary>
public abstract class ScoreImportTests(GrantsApp app)
{
    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly Quarter Q4 = new(2026, 4);

    [Fact]
    public async Task The_template_lists_every_pilot_community_under_its_rubrics_criteria()
    {
        var client = await app.SignedIn("assessor");

        using var download = await client.GetAsync("/scoreimport/template?quarter=2026Q3");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(XlsxType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ScoreTemplate.FileName(Q3), download.Content.Headers.ContentDisposition?.FileNameStar);
        using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        var pilots = (await app.Pilots()).Concat(await app.Pilots(CommunityCategory.FarmingVillage)).ToList();
        var listed = new List<(string, string)>();
        foreach (var category in pilots.Select(p => p.Category).Distinct())
        {
            var sheet = workbook.Worksheet(UiText.Catalogue.Find($"Category.{category}", UiText.Chinese)!);
            var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            var expected = category == CommunityCategory.FarmingVillage
                ? ["人居环境(满分25)", "群众参与(满分15)", "项目进度(满分20)", "资金规范(满分20)", "文化润心(满分10)", "集体经济(满分10)"]
                : Version1Headers[2..7];
            Assert.Equal(["乡镇", "村（社区）", "类别", .. expected, .. Version1Headers[7..]], headers);
            listed.AddRange(sheet.RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString())));
            // The demo's cards for 2026Q3 are already entered: their figures fill the rows in.
            Assert.All(sheet.RowsUsed().Skip(1), r => Assert.False(r.Cell(4).IsEmpty()));
        }

        Assert.Equal(pilots.Select(p => (p.Township, p.Name)).Order(), listed.Order());
        Assert.Equal("2026Q3", workbook.Worksheet(ScoreTemplate.HelpSheetName).Cell(1, 2).GetString());
    }

    [Fact]
    public async Task A_good_file_imports_every_row_as_complete_scorecards_with_the_domains_composite()
    {
        var client = await app.SignedIn("assessor");
        var plain = await app.Pilots();
        var farming = (await app.Pilots(CommunityCategory.FarmingVillage))[0];
        using var download = await client.GetAsync("/scoreimport/template?quarter=2026Q4");
        using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        Fill(workbook, plain[0], [20, 16, 15, 18, 12], (40, 50), (45, 50), (30, 40));
        Fill(workbook, plain[1], [24.5, 19, 18.25, 20, 14], (50, 50), (48, 50), (39, 40));
        Fill(workbook, farming, [22, 13, 18, 17, 9, 8], (40, 50), (45, 50), (30, 40));
        var before = await app.CardCountAsync(Q4);

        using var response = await client.UploadScores(Q4, Save(workbook), "en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/scoreimport?quarter=2026Q4", response.Headers.Location?.OriginalString);
        Assert.Equal(before + 3, await app.CardCountAsync(Q4));
        var cards = new[] { await app.CardAsync(plain[0].Id, Q4), await app.CardAsync(plain[1].Id, Q4), await app.CardAsync(farming.Id, Q4) };
        Assert.All(cards, c => Assert.Equal((ScorecardStatus.Completed, "assessor"), (c!.Status, c.EnteredBy)));
        Assert.Equal([81.13m, 96.17m, 85.93m], cards.Select(c => c!.Composite!.Value));
        Assert.Equal((2, 6), (cards[2]!.Rubric.Version, cards[2]!.Scores.Count));
        var page = await client.GetPage(Page(Q4), "en");
        Assert.Contains("Scores for 2026Q4 imported: 3 communities", page.Text("[data-testid=flash]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "没有名为“无此村”的村（社区）", "“人居环境”得分 26 超过满分 25", "指标“项目进度”尚未评分", "3 处问题，未导入任何评分")]
    [InlineData("en", "There is no community '无此村'", "The score 26 for '人居环境' is above its maximum of 25", "'项目进度' has not been scored", "3 problem(s); no score was imported")]
    public async Task A_file_with_an_unknown_community_a_score_above_the_maximum_and_a_missing_criterion_writes_nothing(
        string language, string unknown, string aboveMax, string missing, string refused)
    {
        var pilots = await app.Pilots();
        var file = Workbook("城区中心社区", Version1Headers,
            Row(pilots[2], [20, 16, 15, 18, 12], GoodCounts),
            Row(pilots[3] with { Name = "无此村" }, [20, 16, 15, 18, 12], GoodCounts),
            Row(pilots[4], [26, 16, 15, 18, 12], GoodCounts),
            Row(pilots[5], [20, 16, null, 18, 12], GoodCounts));
        var before = await app.CardCountAsync(Q4);

        using var response = await (await app.SignedIn("assessor")).UploadScores(Q4, file, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Equal([3, 4, 5], page.ErrorRows());
        var columns = page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(tr => tr.GetAttribute("data-column")).ToList();
        Assert.Equal(["村（社区）", "人居环境(满分25)", "项目进度(满分20)"], columns);
        Assert.Contains(unknown, page.ErrorText(3), StringComparison.Ordinal);
        Assert.Contains(aboveMax, page.ErrorText(4), StringComparison.Ordinal);
        Assert.Contains(missing, page.ErrorText(5), StringComparison.Ordinal);
        Assert.Contains(refused, page.Text("[data-testid=import-refused]"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CardCountAsync(Q4));
        Assert.Null(await app.CardAsync(pilots[2].Id, Q4));
    }

    [Fact]
    public async Task Bad_figures_are_reported_under_their_columns()
    {
        var pilots = await app.Pilots();
        var file = Workbook("城区中心社区", Version1Headers,
            Row(pilots[6], [20.555, "许多", 15, 18, -1], (41, 40), (45, 50), (30, null)),
            Row(pilots[6], [20, 16, 15, 18, 12], GoodCounts));

        using var response = await (await app.SignedIn("admin")).UploadScores(Q4, file, "zh-CN");

        var page = await TestClient.Parse(response);
        var errors = page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(tr => (tr.GetAttribute("data-row"), tr.GetAttribute("data-column"))).ToList();
        Assert.Equal(
            [("2", "人居环境(满分25)"), ("2", "群众参与(满分20)"), ("2", "文化润心(满分15)"), ("2", "老年人满意人数"), ("2", "青年受访人数"), ("3", "村（社区）")],
            errors);
        Assert.Contains("最多保留两位小数", page.ErrorText(2), StringComparison.Ordinal);
        Assert.Contains("满意 41 人、受访 40 人不合理", page.ErrorText(2), StringComparison.Ordinal);
        Assert.Contains("已在工作表“城区中心社区”第 2 行出现", page.ErrorText(3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_of_another_quarter_is_refused_as_a_whole()
    {
        var client = await app.SignedIn("assessor");
        using var download = await client.GetAsync("/scoreimport/template?quarter=2026Q3");

        using var response = await client.UploadScores(Q4, await download.Content.ReadAsByteArrayAsync(), "en");

        var page = await TestClient.Parse(response);
        Assert.Equal([0], page.ErrorRows());
        Assert.Contains("This file is the template for 2026Q3", page.ErrorText(0), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accountant1")]
    [InlineData("clerk")]
    [InlineData("auditor")]
    public async Task Only_assessors_and_administrators_may_import_scores(string user)
    {
        var client = await app.SignedIn(user);
        var menu = (await client.GetPage("/")).NavItems();

        using var page = await client.GetAsync("/scoreimport");
        using var template = await client.GetAsync("/scoreimport/template");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, template.StatusCode));
        Assert.DoesNotContain("Nav.ScoreImport", menu);
        Assert.Contains("Nav.ScoreImport", (await (await app.SignedIn("assessor")).GetPage("/")).NavItems());
    }

    /// <summary>Fills a pilot's row of the template's sheet for its category: points in rubric order, then the counts.</summary>
    private static void Fill(XLWorkbook workbook, Pilot pilot, double[] points, params (int Satisfied, int Surveyed)[] counts)
    {
        var sheet = workbook.Worksheet(UiText.Catalogue.Find($"Category.{pilot.Category}", UiText.Chinese)!);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == pilot.Township && r.Cell(2).GetString() == pilot.Name);
        for (var i = 0; i < points.Length; i++)
        {
            row.Cell(4 + i).Value = points[i];
        }

        for (var g = 0; g < counts.Length; g++)
        {
            row.Cell(4 + points.Length + (2 * g)).Value = counts[g].Satisfied;
            row.Cell(5 + points.Length + (2 * g)).Value = counts[g].Surveyed;
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class ScoreImportOnSqlite(SqliteApp app) : ScoreImportTests(app);

[Collection(OnPostgres.Name)]
public sealed class ScoreImportOnPostgres(PostgresApp app) : ScoreImportTests(app);
