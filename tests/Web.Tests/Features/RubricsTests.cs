using System.Net;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.ScoreImportKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Administrators add rubric versions; nothing else changes a rubric. The versions here take effect from 2090: the score
/// import tests of this database score 2026Q4–2027Q2 by the demo's rubrics and must keep them, and a version that far
/// ahead is still scheduled whatever today is.
/// </summary>
public abstract class RubricsTests(GrantsApp app)
{
    private static readonly Quarter Q3 = new(2026, 3);

    [Fact]
    public async Task A_new_version_scores_the_quarters_from_its_own_on_while_scored_quarters_keep_theirs()
    {
        var from = new Quarter(2090, 1);
        var admin = await app.SignedIn("admin");
        var next = await NextVersionAsync(CommunityCategory.FarmingVillage);
        var form = await admin.GetPage(Create(CommunityCategory.FarmingVillage), "en");
        Assert.Equal(next.ToString(), form.QuerySelector("input[name=Version]")?.GetAttribute("value"));
        // Prefilled from the latest version: the demo's version 2, six criteria.
        Assert.Equal("集体经济", form.QuerySelector("input[name='Criteria[5].Name']")?.GetAttribute("value"));

        using var saved = await admin.PostForm(Create(CommunityCategory.FarmingVillage), Form, Rubric(from, 25m,
            ("人居环境", 20m, null), ("群众参与", 15m, null), ("项目进度", 15m, null), ("资金规范", 15m, null), ("集体经济", 10m, null)), "en");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/rubrics#category-farmingvillage", saved.Headers.Location?.OriginalString);
        var list = await admin.GetPage("/rubrics", "en");
        Assert.Contains($"Version {next} of the rubric for Farming village saved, in effect from 2090Q1.", list.Text("[data-testid=flash]"), StringComparison.Ordinal);
        var version = list.QuerySelector($"[data-category=FarmingVillage] [data-version='{next}']")!;
        Assert.Equal(("2090Q1", "Scheduled"), (version.GetAttribute("data-effective-from"), version.GetAttribute("data-standing")));
        Assert.Equal(["人居环境", "群众参与", "项目进度", "资金规范", "集体经济"], version.QuerySelectorAll("[data-testid=criterion]").Select(c => c.GetAttribute("data-name")));
        Assert.Equal("25", version.QuerySelector("[data-testid=residents] [data-figure=weight]")!.TextContent.Trim());
        Assert.StartsWith("Defined by admin on ", version.QuerySelector("[data-testid=defined]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("InEffect", list.QuerySelector("[data-category=FarmingVillage] [data-version='2']")!.GetAttribute("data-standing"));
        Assert.Equal("Superseded", list.QuerySelector("[data-category=FarmingVillage] [data-version='1']")!.GetAttribute("data-standing"));
        Assert.All(list.QuerySelectorAll("[data-testid=category]"), c => Assert.Single(c.QuerySelectorAll("[data-standing=InEffect]")));

        // A card of 2090Q1, entered by form, is scored by the new version; the community's 2026Q3 card keeps version 2.
        var pilot = (await app.Pilots(CommunityCategory.FarmingVillage))[^1];
        var q3Before = await app.CardAsync(pilot.Id, Q3);
        var assessor = await app.SignedIn("assessor");
        var entry = await assessor.GetPage(ScoresFormTests.Edit(pilot.Id, from), "en");
        Assert.Equal(["人居环境", "群众参与", "项目进度", "资金规范", "集体经济"], entry.QuerySelectorAll("[data-criterion]").Select(c => c.GetAttribute("data-criterion")));
        using var entered = await assessor.PostForm(ScoresFormTests.Edit(pilot.Id, from), ScoresFormTests.Form, ScoresFormTests.Fields(
            [18, 12, 12, 15, 8], [(40, 50), (45, 50), (30, 40)], complete: true), "en");
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var card = await app.CardAsync(pilot.Id, from);
        Assert.Equal((next, ScorecardStatus.Completed), (card!.Rubric.Version, card.Status));
        // 18 + 12 + 12 + 15 + 8 points, and the residents' 81.67 (80, 90 and 75 %) × 25 / 100 = 20.4175.
        Assert.Equal(85.42m, card.Composite);
        var q3After = await app.CardAsync(pilot.Id, Q3);
        Assert.Equal((2, q3Before!.Composite, q3Before.Version), (q3After!.Rubric.Version, q3After.Composite, q3After.Version));
    }

    [Theory]
    [InlineData("en", "The criteria's weights and the residents' weight must add up to 100; they add up to 104.", "'2026Q5' is not a quarter; write it like 2026Q3.")]
    [InlineData("zh-CN", "各项指标权重与群众评价权重合计应为 100 分，现为 104 分。", "“2026Q5”不是有效的季度，应写作 2026Q3。")]
    public async Task A_rubric_not_adding_up_to_100_or_with_no_real_quarter_is_refused_with_the_message_and_nothing_saved(
        string language, string notHundred, string notQuarter)
    {
        var admin = await app.SignedIn("admin");
        var before = await app.InDb(db => db.Rubrics.CountAsync());
        var url = Create(CommunityCategory.UrbanCentre);

        using var wrongSum = await admin.PostForm(url, Form, Rubric(new Quarter(2090, 2), 24m,
            ("人居环境", 25m, 20m), ("群众参与", 20m, 16m), ("项目进度", 20m, 16m), ("资金规范", 20m, 16m), ("文化润心", 15m, 12m)), language);
        var fields = Rubric(new Quarter(2090, 2), 20m, ("人居环境", 25m, 20m), ("群众参与", 20m, 16m), ("项目进度", 20m, 16m), ("资金规范", 20m, 16m), ("文化润心", 15m, 12m));
        fields["EffectiveFrom"] = "2026Q5";
        using var wrongQuarter = await admin.PostForm(url, Form, fields, language);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (wrongSum.StatusCode, wrongQuarter.StatusCode));
        var page = await TestClient.Parse(wrongSum);
        Assert.Equal(notHundred, page.Text("[data-testid=criteria-errors]"));
        // The form comes back as posted, to be corrected.
        Assert.Equal("24", page.QuerySelector("input[name=ResidentsWeight]")?.GetAttribute("value"));
        Assert.Equal("文化润心", page.QuerySelector("input[name='Criteria[4].Name']")?.GetAttribute("value"));
        Assert.Equal(notQuarter, (await TestClient.Parse(wrongQuarter)).FieldError("EffectiveFrom"));
        Assert.Equal(before, await app.InDb(db => db.Rubrics.CountAsync()));
    }

    [Fact]
    public async Task A_double_submit_saves_one_version_and_tells_the_other_that_someone_just_saved_one()
    {
        var admin = await app.SignedIn("admin");
        var category = CommunityCategory.ResidentialCompound;
        var next = await NextVersionAsync(category);
        var fields = Rubric(new Quarter(2090, 3), 20m, ("人居环境", 40m, null), ("群众参与", 40m, null));
        fields["Version"] = next.ToString();
        fields[TestClient.TokenField] = await admin.Token(Create(category));

        // Both posts carry the version number the page offered; whichever comes second finds it taken.
        var answers = await Task.WhenAll(admin.Post(Create(category), fields, "en"), admin.Post(Create(category), fields, "en"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], answers.Select(a => a.StatusCode).Order());
        var refused = await TestClient.Parse(answers.Single(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal("Someone has just saved a version of this rubric; yours was not saved. Reload the page and try again.", refused.FormErrors());
        Assert.Equal([next], await app.InDb(db => db.Rubrics.Where(r => r.Category == category && r.Version >= next).Select(r => r.Version).ToListAsync()));
        using var again = await admin.Post(Create(category), fields, "en");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(next + 1, await NextVersionAsync(category));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [InlineData("assessor")]
    [InlineData("clerk")]
    [InlineData("accountant1")]
    [InlineData("auditor")]
    public async Task Everyone_reads_the_rubrics_but_only_administrators_add_a_version(string user)
    {
        var client = await app.SignedIn(user);
        var before = await app.InDb(db => db.Rubrics.CountAsync());

        var list = await client.GetPage("/rubrics");
        using var form = await client.GetAsync(Create(CommunityCategory.MarketTown));
        var fields = Rubric(new Quarter(2090, 4), 20m, ("人居环境", 80m, null));
        fields["Version"] = (await NextVersionAsync(CommunityCategory.MarketTown)).ToString();
        using var forged = await client.PostWithToken(Create(CommunityCategory.MarketTown), fields);

        Assert.Equal(6, list.QuerySelectorAll("[data-testid=category]").Length);
        Assert.Empty(list.QuerySelectorAll("[data-testid=create-version]"));
        Assert.Contains("Nav.Rubrics", list.NavItems());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (form.StatusCode, forged.StatusCode));
        Assert.Equal(before, await app.InDb(db => db.Rubrics.CountAsync()));
        Assert.Equal(6, (await (await app.SignedIn("admin")).GetPage("/rubrics")).QuerySelectorAll("[data-testid=create-version]").Length);
    }

    private const string Form = "form[data-testid=rubric-form]";

    private static string Create(CommunityCategory category) => $"/rubrics/create?category={category}";

    /// <summary>The form's fields: the rows given, then blank rows up to the form's eight.</summary>
    private static Dictionary<string, string> Rubric(Quarter from, decimal residents, params (string Name, decimal Max, decimal? Weight)[] criteria)
    {
        var fields = new Dictionary<string, string> { ["EffectiveFrom"] = from.ToString(), ["ResidentsWeight"] = Number(residents) };
        for (var i = 0; i < 8; i++)
        {
            var row = i < criteria.Length ? criteria[i] : default;
            fields[$"Criteria[{i}].Name"] = row.Name ?? "";
            fields[$"Criteria[{i}].MaxPoints"] = i < criteria.Length ? Number(row.Max) : "";
            fields[$"Criteria[{i}].Weight"] = row.Weight is { } weight ? Number(weight) : "";
        }

        return fields;
    }

    private static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<int> NextVersionAsync(CommunityCategory category) => app.InDb(async db =>
        new RubricBook(await db.Rubrics.AsNoTracking().Where(r => r.Category == category).ToListAsync()).NextVersion(category));
}

[Collection(OnSqlite.Name)]
public sealed class RubricsOnSqlite(SqliteApp app) : RubricsTests(app);

[Collection(OnPostgres.Name)]
public sealed class RubricsOnPostgres(PostgresApp app) : RubricsTests(app);
