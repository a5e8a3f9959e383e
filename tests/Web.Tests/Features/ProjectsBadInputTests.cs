using System.Net;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.ProjectsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Wrong registration details get a message in the user's language under the field, and nothing is written.</summary>
public abstract class ProjectsBadInputTests(GrantsApp app)
{
    [Theory]
    [InlineData("zh-CN", "征集 3 条，归并 5 条")]
    [InlineData("en", "3 collected, 5 merged")]
    public async Task More_suggestions_merged_than_collected_is_refused(string language, string expected) =>
        await AssertRefusedAsync(f => (f["SuggestionsCollected"], f["SuggestionsMerged"]) = ("3", "5"), "SuggestionsMerged", language, expected);

    [Theory]
    [InlineData("zh-CN", "计划完工日期 2026-04-01 早于计划开工日期 2026-05-01")]
    [InlineData("en", "The planned end 2026-04-01 is before the planned start 2026-05-01")]
    public async Task A_planned_end_before_the_start_is_refused(string language, string expected) =>
        await AssertRefusedAsync(f => f["PlannedEnd"] = "2026-04-01", "PlannedEnd", language, expected);

    [Theory]
    [InlineData("zh-CN", "请填写“项目名称”")]
    [InlineData("en", "Project name is required")]
    public async Task An_empty_name_is_refused(string language, string expected) =>
        await AssertRefusedAsync(f => f["Name"] = "", "Name", language, expected);

    [Theory]
    [InlineData("zh-CN", "请从项目指导目录中选择")]
    [InlineData("en", "Choose a line of the catalogue")]
    public async Task A_catalogue_line_outside_the_list_is_refused(string language, string expected) =>
        await AssertRefusedAsync(f => f["CatalogueLine"] = "随便什么", "CatalogueLine", language, expected);

    [Fact]
    public async Task A_unit_of_another_community_is_refused()
    {
        var otherUnit = await app.InDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Units.Where(u => db.Communities.Any(c => c.Id == u.CommunityId && db.Townships.Any(t => t.Id == c.TownshipId && t.Code == DemoData.OtherTownship)))
                .Select(u => u.Id)));
        await AssertRefusedAsync(f => f["UnitId"] = otherUnit.ToString(System.Globalization.CultureInfo.InvariantCulture), "UnitId", "en",
            "does not belong to that community");
    }

    private async Task AssertRefusedAsync(Action<Dictionary<string, string>> spoil, string field, string language, string expected)
    {
        var community = await app.FirstCommunityId(DemoData.OwnTownship);
        var fields = Registration(community, UniqueName("错误登记"));
        spoil(fields);
        var client = await app.SignedIn("accountant1");
        var before = await app.ProjectCountAsync();

        using var response = await client.PostForm("/projects/create", fields, language);

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError(field), StringComparison.Ordinal);
        Assert.Equal(before, await app.ProjectCountAsync());
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectsBadInputOnSqlite(SqliteApp app) : ProjectsBadInputTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectsBadInputOnPostgres(PostgresApp app) : ProjectsBadInputTests(app);
