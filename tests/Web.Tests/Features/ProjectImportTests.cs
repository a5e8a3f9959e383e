using System.Net;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.ProjectImportKit;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Importing the county's project list: every row or none, each bad row reported, only within the user's township.</summary>
public abstract class ProjectImportTests(GrantsApp app)
{
    [Theory]
    [InlineData("zh-CN", "没有名为“无此社区”的村（社区）", "征集 3 条，归并 5 条", "“随便什么”不是项目指导目录中的条目")]
    [InlineData("en", "There is no community '无此社区'", "3 collected, 5 merged", "'随便什么' is not a line of the catalogue")]
    public async Task A_file_with_three_bad_rows_imports_nothing_and_reports_those_rows(
        string language, string unknownCommunity, string mergedAboveCollected, string unknownLine)
    {
        var communities = await app.CommunityNames(DemoData.OwnTownship, 2);
        var file = Workbook(
            Row("T01", communities[0], UniqueName("导入好行")),
            Row("城关镇", "无此社区", UniqueName("导入坏行")),
            Row("T01", communities[1], UniqueName("导入好行")),
            Row("T01", communities[0], UniqueName("导入坏行"), collected: 3, merged: 5),
            Row("T01", communities[1], UniqueName("导入好行")),
            Row("T01", communities[0], UniqueName("导入坏行"), line: "随便什么"),
            Row("T01", communities[1], UniqueName("导入好行")));
        var client = await app.SignedIn("clerk");
        var before = await app.ProjectCountAsync();

        using var response = await client.Upload(file, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Equal([3, 5, 7], page.ErrorRows());
        Assert.Contains(unknownCommunity, page.ErrorText(3), StringComparison.Ordinal);
        Assert.Contains(mergedAboveCollected, page.ErrorText(5), StringComparison.Ordinal);
        Assert.Contains(unknownLine, page.ErrorText(7), StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "3 problem(s); no project was imported" : "3 处问题，未导入任何项目", page.Text("[data-testid=import-refused]"),
            StringComparison.Ordinal);
        Assert.Equal(before, await app.ProjectCountAsync());
    }

    [Fact]
    public async Task A_good_file_imports_every_row_as_registered_projects()
    {
        var communities = await app.CommunityNames(DemoData.OwnTownship, 1);
        var other = await app.CommunityNames(DemoData.OtherTownship, 1);
        var (unitCommunity, unit) = await app.CommunityWithUnit(DemoData.OwnTownship);
        var names = new[] { UniqueName("导入道路"), UniqueName("导入广场"), UniqueName("导入塆组") };
        var file = Workbook(
            Row("T01", communities[0], names[0], merged: 7, end: new DateTime(2026, 10, 31)),
            Row("河口镇", other[0], names[1], line: "公共空间微改造"),
            Row("城关镇", unitCommunity, names[2], unit: unit));
        var client = await app.SignedIn("clerk");
        var before = await app.ProjectCountAsync();

        using var response = await client.Upload(file, "en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/projects", response.Headers.Location?.OriginalString);
        Assert.Equal(before + 3, await app.ProjectCountAsync());
        var first = await app.InDb(db => db.Projects.AsNoTracking().SingleAsync(p => p.Name == names[0]));
        Assert.Equal((12, 7, new DateOnly(2026, 5, 1), new DateOnly(2026, 10, 31), "村委会旁", "张建国"),
            (first.SuggestionsCollected, first.SuggestionsMerged, first.PlannedStart, first.PlannedEnd, first.Location, first.ResponsiblePerson));
        Assert.Equal("公共空间微改造", await app.InDb(db => db.Projects.Where(p => p.Name == names[1]).Select(p => p.CatalogueLine).SingleAsync()));
        Assert.NotNull(await app.InDb(db => db.Projects.Where(p => p.Name == names[2]).Select(p => p.UnitId).SingleAsync()));
        var list = await client.GetPage("/projects", "en");
        Assert.Contains("3 project(s) imported", list.Text("[data-testid=flash]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_township_accountant_cannot_import_rows_of_another_township()
    {
        var own = await app.CommunityNames(DemoData.OwnTownship, 1);
        var other = await app.CommunityNames(DemoData.OtherTownship, 1);
        var file = Workbook(
            Row("T01", own[0], UniqueName("本镇项目")),
            Row("T02", other[0], UniqueName("他镇项目")),
            Row("T01", other[0], UniqueName("他镇项目")));
        var client = await app.SignedIn("accountant1");
        var before = await app.ProjectCountAsync();

        using var response = await client.Upload(file, "en");

        var page = await TestClient.Parse(response);
        Assert.Equal([3, 4], page.ErrorRows());
        Assert.Contains("no township 'T02' within your scope", page.ErrorText(3), StringComparison.Ordinal);
        Assert.Contains($"no community '{other[0]}'", page.ErrorText(4), StringComparison.Ordinal);
        Assert.Equal(before, await app.ProjectCountAsync());
    }

    [Fact]
    public async Task A_township_accountant_imports_rows_of_their_own_township_and_a_repeat_is_refused()
    {
        var own = await app.CommunityNames(DemoData.OwnTownship, 1);
        var file = Workbook(Row("T01", own[0], UniqueName("本镇导入")));
        var client = await app.SignedIn("accountant1");
        var before = await app.ProjectCountAsync();

        using var first = await client.Upload(file);
        using var again = await client.Upload(file, "en");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await TestClient.Parse(again);
        Assert.Equal([2], page.ErrorRows());
        Assert.Contains("already has a project named", page.ErrorText(2), StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.ProjectCountAsync());
    }

    [Fact]
    public async Task The_same_project_twice_in_one_file_is_refused_naming_the_first_row()
    {
        var own = await app.CommunityNames(DemoData.OwnTownship, 1);
        var name = UniqueName("重复项目");
        var file = Workbook(Row("T01", own[0], name), Row("T01", own[0], name));

        using var response = await (await app.SignedIn("clerk")).Upload(file, "zh-CN");

        var page = await TestClient.Parse(response);
        Assert.Equal([3], page.ErrorRows());
        Assert.Contains("与第 2 行重复", page.ErrorText(3), StringComparison.Ordinal);
        Assert.False(await app.ProjectNamedAsync(name));
    }

    [Fact]
    public async Task Every_problem_of_a_row_is_listed_under_its_column()
    {
        var own = await app.CommunityNames(DemoData.OwnTownship, 1);
        var file = Workbook(Row("T01", own[0], "", collected: "许多", start: "明年", end: "2026-13-01"));

        using var response = await (await app.SignedIn("clerk")).Upload(file, "en");

        var page = await TestClient.Parse(response);
        var columns = page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(tr => tr.GetAttribute("data-column")).ToList();
        Assert.Equal(["项目名称", "征集建议数", "计划开工", "计划完工"], columns);
        Assert.Contains("Suggestions collected must be a whole number, not '许多'", page.ErrorText(2), StringComparison.Ordinal);
        Assert.Contains("Project name (项目名称)", page.ErrorText(2), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditors_and_assessors_cannot_open_the_import_page()
    {
        foreach (var user in new[] { "auditor", "assessor", "approver" })
        {
            using var response = await (await app.SignedIn(user)).GetAsync(Page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectImportOnSqlite(SqliteApp app) : ProjectImportTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectImportOnPostgres(PostgresApp app) : ProjectImportTests(app);
