using System.Globalization;
using System.Net;
using Grants.Domain.Assessment;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.ScoreImportKit;

namespace Grants.Web.Tests.Features;

/// <summary>
/// An assessor types in one community's scorecard: a draft first, then complete; every refusal is the domain's, under
/// its field, and nothing is half saved. The cards are of 2027Q3, a quarter no other test of this database scores: the
/// score import tests download the whole 2026Q4 template (filled in with that quarter's cards) and upload it again, so
/// a draft or a locked card left there by these tests would break them.
/// </summary>
public abstract class ScoresFormTests(GrantsApp app)
{
    public const string Form = "form[data-testid=score-form]";

    private static readonly Quarter Scored = new(2027, 3);

    public static string Edit(int communityId, Quarter quarter) => $"/scores/edit/{communityId}?quarter={quarter}";

    /// <summary>
    /// Points in rubric order, then (satisfied, surveyed) for the elderly, women and youth; a null leaves the field as
    /// the page shows it.
    /// </summary>
    public static Dictionary<string, string> Fields(double?[] points, (int? Satisfied, int? Surveyed)[] counts, bool complete)
    {
        var fields = new Dictionary<string, string> { ["Complete"] = complete ? "true" : "false" };
        for (var i = 0; i < points.Length; i++)
        {
            Set(fields, $"Points[{i}]", points[i]);
        }

        for (var k = 0; k < counts.Length; k++)
        {
            Set(fields, $"Satisfied[{k}]", counts[k].Satisfied);
            Set(fields, $"Surveyed[{k}]", counts[k].Surveyed);
        }

        return fields;
    }

    [Fact]
    public async Task An_assessor_saves_a_draft_then_completes_the_card_and_sees_its_composite()
    {
        var pilot = (await app.Pilots())[^1];
        var assessor = await app.SignedIn("assessor");
        var township = await app.TownshipId(pilot.TownshipCode);
        var list = await assessor.GetPage($"/scores?quarter=2027Q3&township={township}", "en");
        Assert.Equal("None", list.QuerySelector($"tr[data-community='{pilot.Id}']")?.GetAttribute("data-status"));
        Assert.All(list.QuerySelectorAll("tr[data-community]"), r => Assert.Equal(pilot.Township, r.QuerySelector("td")!.TextContent.Trim()));

        using var draft = await assessor.PostForm(Edit(pilot.Id, Scored), Form, Fields([20, 16], [(40, 50)], complete: false), "en");

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(Edit(pilot.Id, Scored), draft.Headers.Location?.OriginalString);
        var page = await assessor.GetPage(Edit(pilot.Id, Scored), "en");
        Assert.Equal($"Draft scores for {pilot.Name} (2027Q3) saved.", page.Text("[data-testid=flash]"));
        Assert.Equal("Draft", page.QuerySelector("[data-testid=status]")?.GetAttribute("data-status"));
        var card = await app.CardAsync(pilot.Id, Scored);
        Assert.Equal((ScorecardStatus.Draft, 2, 1, "assessor"), (card!.Status, card.Scores.Count, card.Satisfaction.Count, card.EnteredBy));

        // The page shows the draft's figures, posted again as they are; the rest is filled in and the card completed.
        using var complete = await assessor.PostForm(Edit(pilot.Id, Scored), Form, Fields([null, null, 15, 18, 12], [(null, null), (45, 50), (30, 40)], complete: true), "en");

        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        page = await assessor.GetPage(Edit(pilot.Id, Scored), "en");
        Assert.Equal($"Scores for {pilot.Name} (2027Q3) complete: composite score 81.13.", page.Text("[data-testid=flash]"));
        Assert.Equal(("Completed", "81.13", "81.67"), (page.QuerySelector("[data-testid=status]")?.GetAttribute("data-status"), page.Text("[data-testid=composite]"), page.Text("[data-testid=residents-score]")));
        Assert.Null(page.QuerySelector("[data-testid=complete]"));
        card = await app.CardAsync(pilot.Id, Scored);
        Assert.Equal((ScorecardStatus.Completed, 81.13m), (card!.Status, card.Composite));
        list = await assessor.GetPage("/scores?quarter=2027Q3", "en");
        var row = list.QuerySelector($"tr[data-community='{pilot.Id}']")!;
        Assert.Equal(("Completed", "81.13"), (row.GetAttribute("data-status"), row.QuerySelector("[data-testid=composite]")!.TextContent.Trim()));
    }

    [Theory]
    [InlineData("en", "The score 26 for '人居环境' is above its maximum of 25.", "The score 12.345 for '文化润心' may have at most two decimals.")]
    [InlineData("zh-CN", "“人居环境”得分 26 超过满分 25。", "“文化润心”的得分 12.345 最多保留两位小数。")]
    public async Task A_score_above_the_maximum_or_with_three_decimals_is_refused_under_its_field_and_nothing_is_saved(
        string language, string aboveMax, string decimals)
    {
        var pilot = (await app.Pilots())[^2];

        using var response = await (await app.SignedIn("assessor")).PostForm(
            Edit(pilot.Id, Scored), Form, Fields([26, 16, 15, 18, 12.345], [(40, 50), (45, 50), (30, 40)], complete: false), language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Equal((aboveMax, decimals), (page.FieldError("Points[0]"), page.FieldError("Points[4]")));
        Assert.Equal("26", page.QuerySelector("input[name='Points[0]']")?.GetAttribute("value"));
        Assert.Null(await app.CardAsync(pilot.Id, Scored));
    }

    [Fact]
    public async Task Completing_with_parts_missing_names_each_under_its_field_and_saves_nothing()
    {
        var pilot = (await app.Pilots())[^3];

        using var response = await (await app.SignedIn("assessor")).PostForm(
            Edit(pilot.Id, Scored), Form, Fields([20, 16, 15, null, 12], [(40, 50), (null, null), (null, null)], complete: true), "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.Parse(response);
        Assert.Contains("3 part(s) missing: the scorecard was not completed and nothing was saved.", page.FormErrors(), StringComparison.Ordinal);
        Assert.Equal("'资金规范' has not been scored.", page.FieldError("Points[3]"));
        Assert.Equal("The satisfaction survey of women has not been entered.", page.FieldError("Satisfied[1]"));
        Assert.Equal("The satisfaction survey of youth has not been entered.", page.FieldError("Satisfied[2]"));
        Assert.Null(await app.CardAsync(pilot.Id, Scored));
    }

    [Fact]
    public async Task A_form_drawn_before_someone_else_saved_the_card_is_refused_and_changes_nothing()
    {
        var pilot = (await app.Pilots())[^4];
        var assessor = await app.SignedIn("assessor");
        var admin = await app.SignedIn("admin");
        var drawn = await assessor.GetPage(Edit(pilot.Id, Scored));
        Assert.Equal("0", drawn.QuerySelector("input[name=Version]")?.GetAttribute("value"));

        // Drawn before there was a card; the administrator creates it first.
        using var created = await admin.PostForm(Edit(pilot.Id, Scored), Form, Fields([20], [], complete: false));
        using var stale = await assessor.PostWithToken(Edit(pilot.Id, Scored), Stale(drawn, points: "10"), Edit(pilot.Id, Scored));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (created.StatusCode, stale.StatusCode));
        var refused = (await TestClient.Parse(stale)).FormErrors();
        Assert.Equal("该评分表在您打开之后已被他人修改，本次未保存任何内容。请刷新页面查看最新评分后再录入。", refused);
        Assert.Equal(20m, (await app.CardAsync(pilot.Id, Scored))!.Scores.Single().Points);

        // Drawn from the card's version 1; the administrator changes the card first.
        drawn = await assessor.GetPage(Edit(pilot.Id, Scored));
        using var changed = await admin.PostForm(Edit(pilot.Id, Scored), Form, Fields([21], [], complete: false));
        using var staleAgain = await assessor.PostWithToken(Edit(pilot.Id, Scored), Stale(drawn, points: "11"), Edit(pilot.Id, Scored));

        Assert.Equal(HttpStatusCode.OK, staleAgain.StatusCode);
        Assert.Equal(refused, (await TestClient.Parse(staleAgain)).FormErrors());
        var card = await app.CardAsync(pilot.Id, Scored);
        Assert.Equal((21m, "admin"), (card!.Scores.Single().Points, card.EnteredBy));
    }

    [Fact]
    public async Task A_locked_card_is_shown_read_only_and_a_post_to_it_is_refused()
    {
        var pilot = (await app.Pilots())[^5];
        var assessor = await app.SignedIn("assessor");
        using var entered = await assessor.PostForm(Edit(pilot.Id, Scored), Form, Fields([20, 16, 15, 18, 12], [(40, 50), (45, 50), (30, 40)], complete: true));
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        await app.InDb(async db =>
        {
            var card = await db.Scorecards.SingleAsync(s => s.CommunityId == pilot.Id && s.Quarter == Scored);
            card.Lock();
            return await db.SaveChangesAsync();
        });

        var page = await assessor.GetPage(Edit(pilot.Id, Scored), "en");
        using var posted = await assessor.PostWithToken(Edit(pilot.Id, Scored), Stale(page, points: "5"), Edit(pilot.Id, Scored));

        Assert.Equal("2027Q3 is closed: these scores are locked and can only be viewed.", page.Text("[data-testid=locked-note]"));
        Assert.NotNull(page.QuerySelector($"{Form} fieldset[disabled]"));
        Assert.Empty(page.QuerySelectorAll($"{Form} button"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("2027Q3 已结账锁定，评分不能再修改。", (await TestClient.Parse(posted)).FormErrors());
        var card = await app.CardAsync(pilot.Id, Scored);
        Assert.Equal((ScorecardStatus.Locked, 20m), (card!.Status, card.Scores.Single(s => s.CriterionOrder == 1).Points));
    }

    [Theory]
    [InlineData("accountant1")]
    [InlineData("clerk")]
    [InlineData("auditor")]
    public async Task Only_assessors_and_administrators_reach_the_form_and_a_forged_post_is_refused(string user)
    {
        var pilot = (await app.Pilots())[^6];
        var client = await app.SignedIn(user);

        using var list = await client.GetAsync("/scores?quarter=2027Q3");
        using var form = await client.GetAsync(Edit(pilot.Id, Scored));
        var fields = Fields([20, 16, 15, 18, 12], [(40, 50), (45, 50), (30, 40)], complete: true);
        fields["Version"] = "0";
        fields["RubricId"] = (await app.CardAsync(pilot.Id, new Quarter(2026, 3)))!.RubricId.ToString(CultureInfo.InvariantCulture);
        using var forged = await client.PostWithToken(Edit(pilot.Id, Scored), fields);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, form.StatusCode, forged.StatusCode));
        Assert.Null(await app.CardAsync(pilot.Id, Scored));
        Assert.DoesNotContain("Nav.Scores", (await client.GetPage("/")).NavItems());
        Assert.Contains("Nav.Scores", (await (await app.SignedIn("assessor")).GetPage("/")).NavItems());
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedIn("admin")).GetAsync(Edit(pilot.Id, Scored))).StatusCode);
    }

    private static void Set(Dictionary<string, string> fields, string name, double? value)
    {
        if (value is { } v)
        {
            fields[name] = v.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The fields of a page drawn earlier (its Version and rubric), with the first criterion's points changed.</summary>
    private static Dictionary<string, string> Stale(AngleSharp.Dom.IDocument drawn, string points) => new()
    {
        ["Version"] = drawn.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        ["RubricId"] = drawn.QuerySelector("input[name=RubricId]")!.GetAttribute("value")!,
        ["Points[0]"] = points,
        ["Complete"] = "false",
    };
}

[Collection(OnSqlite.Name)]
public sealed class ScoresFormOnSqlite(SqliteApp app) : ScoresFormTests(app);

[Collection(OnPostgres.Name)]
public sealed class ScoresFormOnPostgres(PostgresApp app) : ScoresFormTests(app);
