using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>What the pages showed while 2026Q3 went from the clerk's opening to the jobs' last file.</summary>
public sealed record SettledQuarter(
    int Id, IDocument Draft, IDocument Reviewed, HttpStatusCode ClerkConfirm, IDocument ApproverBefore, HttpResponseMessage FirstConfirm,
    IDocument SecondConfirm, IDocument Issued);

/// <summary>
/// The settlement pages' steps. A quarter settles once, so each app takes the demo's 2026Q3 through the pages once —
/// opened and reviewed by the clerk, confirmed by the approver (the same form posted twice), the jobs waited for — and
/// every test of that app reads what it needs from the pages captured on the way, or from the settled quarter.
/// </summary>
internal static class SettlementKit
{
    public const string IndexPage = "/settlement";
    public const string OpenForm = "form[data-testid=open-draft]";
    public static readonly Quarter Q3 = new(2026, 3);
    // Generous: the whole suite runs test classes in parallel on two cores, each with its own job server.
    public static readonly TimeSpan JobsTimeout = TimeSpan.FromSeconds(180);

    private static readonly ConditionalWeakTable<GrantsApp, Lazy<Task<SettledQuarter>>> Settled = [];

    public static string Details(int id, int? township = null) => township is { } t ? $"/settlement/details/{id}?township={t}" : $"/settlement/details/{id}";

    public static string Files(int id) => $"/settlement/files/{id}";

    public static Task<SettledQuarter> SettledQ3Async(this GrantsApp app) =>
        Settled.GetValue(app, a => new Lazy<Task<SettledQuarter>>(() => SettleThroughThePagesAsync(a))).Value;

    /// <summary>Opens a quarter from the overview; the response is the redirect to its settlement, or the page with the refusal.</summary>
    public static Task<HttpResponseMessage> OpenAsync(this TestClient client, Quarter quarter, string? language = null) =>
        client.PostForm(IndexPage, OpenForm, new Dictionary<string, string> { ["Quarter"] = quarter.ToString() }, language);

    public static int IdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect to a settlement, got {(int)response.StatusCode}");
        var path = response.Headers.Location!.PathAndQueryOrOriginal();
        Assert.StartsWith("/settlement/details/", path, StringComparison.Ordinal);
        return int.Parse(path["/settlement/details/".Length..].Split('?')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>A step's form on a settlement page (Review, Redraft, Confirm, RequestReopening, ApproveReopening), or null.</summary>
    public static IHtmlFormElement? StepForm(this IDocument page, string step) => page.QuerySelector($"form[data-step={step}]") as IHtmlFormElement;

    /// <summary>Posts a step's form exactly as the page holds it (its version, its token), as many times as a user clicks.</summary>
    public static Task<HttpResponseMessage> PostStepAsync(this TestClient client, IDocument page, string step, string? reason = null, string? language = null)
    {
        var form = page.StepForm(step) ?? throw new InvalidOperationException($"the page has no {step} form");
        var values = form.QuerySelectorAll("input[name]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        if (reason is not null)
        {
            values.Add(new("Reason", reason));
        }

        return client.Post(form.GetAttribute("action")!, values, language);
    }

    public static string Status(this IDocument page) => page.QuerySelector("h1 [data-status]")!.GetAttribute("data-status")!;

    /// <summary>Reads the files page, which reloads itself while the jobs work, until they have issued everything.</summary>
    public static async Task<IDocument> WaitForIssuedAsync(this TestClient client, int id)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var page = await client.GetPage(Files(id));
            var working = page.Status() is "Confirmed" or "Paid";
            Assert.True(working == (page.QuerySelector("meta[http-equiv=refresh][content='5']") is not null), $"{page.Status()}: refreshing only while the jobs work");
            if (page.Status() == "Issued")
            {
                return page;
            }

            Assert.True(DateTime.UtcNow - started < JobsTimeout, $"settlement {id} is still {page.Status()} after {JobsTimeout.TotalSeconds} s: {page.Text("[data-testid=progress]")}");
            await Task.Delay(250);
        }
    }

    private static async Task<SettledQuarter> SettleThroughThePagesAsync(GrantsApp app)
    {
        var clerk = await app.SignedIn("clerk");
        var approver = await app.SignedIn("approver");

        using var opened = await clerk.OpenAsync(Q3);
        var id = IdFrom(opened);
        var draft = await clerk.GetPage(Details(id), "en");
        using var reviewed = await clerk.PostStepAsync(draft, "Review");
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var reviewedPage = await clerk.GetPage(Details(id), "en");

        // The clerk has no confirm button; a confirm forged with the page's own version and token is still refused.
        var version = reviewedPage.StepForm("Redraft")!.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using var forged = await clerk.PostWithToken($"/settlement/confirm/{id}", new Dictionary<string, string> { ["Version"] = version }, Details(id));

        var before = await approver.GetPage(Details(id), "en");
        var first = await approver.PostStepAsync(before, "Confirm", language: "en");
        using var second = await approver.PostStepAsync(before, "Confirm", language: "en");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var secondPage = await TestClient.Parse(second);

        return new SettledQuarter(id, draft, reviewedPage, forged.StatusCode, before, first, secondPage, await clerk.WaitForIssuedAsync(id));
    }

    /// <summary>Complete scorecards for <paramref name="quarter"/> copied from 2026Q3's, for every pilot but <paramref name="leftOut"/>.</summary>
    public static Task<int> ScoreAllButAsync(this GrantsApp app, Quarter quarter, int leftOut) => app.InDb(async db =>
    {
        var cards = await db.Scorecards.Whole().Where(s => s.Quarter == Q3 && s.CommunityId != leftOut).ToListAsync();
        var communities = await db.Communities.Where(c => c.IsPilot).ToDictionaryAsync(c => c.Id);
        var at = DateTimeOffset.UtcNow;
        foreach (var card in cards)
        {
            var copy = new Scorecard(communities[card.CommunityId], quarter, card.Rubric, "assessor", at);
            foreach (var criterion in card.Rubric.Criteria)
            {
                copy.Score(criterion.Name, card.PointsFor(criterion)!.Value, "assessor", at);
            }

            foreach (var group in card.Satisfaction)
            {
                copy.RecordSatisfaction(group.Group, group.Satisfied, group.Surveyed, "assessor", at);
            }

            copy.Complete("assessor", at);
            db.Scorecards.Add(copy);
        }

        await db.SaveChangesAsync();
        return cards.Count;
    });
}
