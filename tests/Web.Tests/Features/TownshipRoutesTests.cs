using System.Net;
using AngleSharp.Html.Dom;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>
/// accountant1 (T01) against every route of the app, read from MVC's own route table: each id a route takes is
/// filled with a row of another township (T02), and the answer must refuse it (403/404) or show and change nothing
/// of T02. An id the test cannot fill fails the test, so a new route is covered the day it is added.
/// </summary>
public abstract class TownshipRoutesTests(GrantsApp app)
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    [Fact]
    public void Every_id_a_route_takes_is_one_the_test_can_fill()
    {
        var routes = TownshipIds.Covered(Routes.All(app.Services)).ToList();

        var unknown = routes.SelectMany(TownshipIds.Unfillable).ToList();

        Assert.Contains(routes, r => r.Name == "POST Requests/Remove");
        Assert.True(unknown.Count == 0, "inputs the test cannot fill — add them to TownshipIds:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public async Task Every_state_changing_route_refuses_another_townships_ids_and_changes_nothing()
    {
        var (own, other, secrets) = await SidesAsync();
        var routes = TownshipIds.Covered(Routes.All(app.Services)).Where(r => r.ChangesData).ToList();
        var client = await app.SignedIn("accountant1");
        var token = await client.Token();
        var report = new List<string>();
        var problems = new List<string>();

        var before = await DbFingerprint.QuietAsync(app);
        var forms = new Dictionary<AppRoute, IReadOnlyList<KeyValuePair<string, string>>>();
        foreach (var route in routes)
        {
            forms[route] = await FormOfAsync(client, route, own);
            foreach (var attempt in TownshipIds.Attempts(route, own, other))
            {
                using var response = await client.Post(attempt.Url, [.. attempt.Body(forms[route]), new(TestClient.TokenField, token)]);
                var after = await DbFingerprint.TakeAsync(app);
                var body = await response.Content.ReadAsStringAsync();
                report.Add($"{attempt} → {(int)response.StatusCode}");
                problems.AddRange(Judge(attempt, response, body, secrets));
                problems.AddRange(DbFingerprint.Changes(before, after).Select(t => $"{attempt}: changed table {t}"));
                if (route.TakesFile && response.StatusCode != HttpStatusCode.Forbidden && !TownshipIds.HasScopedId(route) && !TownshipIds.Uploads.Contains(route.Name))
                {
                    problems.Add($"{attempt}: takes a file whose rows may name another township's; add it to TownshipIds.Uploads with a test of its own");
                }

                before = after;
            }
        }

        // Last, as they change data and may start background jobs that would blur the fingerprints above.
        foreach (var route in routes.Where(TownshipIds.NeedsControl))
        {
            problems.AddRange(await ControlAsync(client, route, own, forms[route], token, report));
        }

        Assert.True(routes.Count > 40, $"only {routes.Count} state-changing routes found");
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\nall answers:\n" + string.Join("\n", report));
    }

    [Fact]
    public async Task Every_page_refuses_or_hides_another_townships_rows()
    {
        var (own, other, secrets) = await SidesAsync();
        var routes = TownshipIds.Covered(Routes.All(app.Services)).Where(r => !r.ChangesData).ToList();
        var client = await app.SignedIn("accountant1");
        var report = new List<string>();
        var problems = new List<string>();

        foreach (var route in routes)
        {
            foreach (var attempt in TownshipIds.Attempts(route, own, other))
            {
                using var response = await client.GetAsync(attempt.Url);
                report.Add($"{attempt} → {(int)response.StatusCode}");
                problems.AddRange(Judge(attempt, response, await response.Content.ReadAsStringAsync(), secrets));
            }

            // The same URL with accountant1's own rows must reach the action, or its 404 above proved nothing.
            if (TownshipIds.TakesScopedRow(route))
            {
                var control = TownshipIds.Own(route, own);
                using var response = await client.GetAsync(control.Url);
                report.Add($"{control} → {(int)response.StatusCode}");
                if (response.StatusCode is HttpStatusCode.NotFound or >= HttpStatusCode.InternalServerError)
                {
                    problems.Add($"{control}: {(int)response.StatusCode} with accountant1's own rows, so the refusal above proves nothing");
                }
            }
        }

        Assert.True(routes.Count > 50, $"only {routes.Count} pages found");
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\nall answers:\n" + string.Join("\n", report));
    }

    [Fact]
    public async Task An_import_naming_another_townships_places_is_refused_and_changes_nothing()
    {
        var client = await app.SignedIn("accountant1");
        var own = await PlaceAsync(DemoData.OwnTownship);
        var other = await PlaceAsync(DemoData.OtherTownship);
        await DbFingerprint.QuietAsync(app);
        object?[][][] files =
        [
            [ProjectImportKit.Row(DemoData.OtherTownship, other.Community, "他镇导入甲")],
            [ProjectImportKit.Row(DemoData.OwnTownship, other.Community, "他镇导入乙")],
            [ProjectImportKit.Row(other.Township, other.Community, "他镇导入丙", unit: other.Unit)],
            [ProjectImportKit.Row(DemoData.OwnTownship, own.Community, "他镇导入丁"), ProjectImportKit.Row(DemoData.OtherTownship, other.Community, "他镇导入戊")],
        ];

        foreach (var rows in files)
        {
            var before = await DbFingerprint.TakeAsync(app);
            using var response = await client.Upload(ProjectImportKit.Workbook(rows));
            var page = await TestClient.Parse(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(page.ErrorRows());
            Assert.Empty(DbFingerprint.Changes(before, await DbFingerprint.TakeAsync(app)));
        }
    }

    private Task<(string Township, string Community, string? Unit)> PlaceAsync(string code) => app.InDb(async db =>
    {
        var row = await (
            from u in db.Units.AsNoTracking()
            join c in db.Communities on u.CommunityId equals c.Id
            join t in db.Townships on c.TownshipId equals t.Id
            where t.Code == code
            orderby c.Id, u.Id
            select new { Township = t.Name, Community = c.Name, Unit = u.Name }).FirstAsync();
        return (row.Township, row.Community, (string?)row.Unit);
    });

    private static IEnumerable<string> Judge(Attempt attempt, HttpResponseMessage response, string body, IReadOnlyList<string> secrets)
    {
        var status = response.StatusCode;
        if (status >= HttpStatusCode.InternalServerError)
        {
            yield return $"{attempt}: {(int)status}";
        }

        if (attempt.MustRefuse && !Refusals.Contains(status))
        {
            yield return $"{attempt}: {(int)status}, expected 403 or 404";
        }

        // A file's text may be compressed (xlsx, pdf), so the names below could hide in it: a file for T02's row is a leak.
        if (attempt.NamesOtherRow && response.IsSuccessStatusCode && response.Content.Headers.ContentDisposition is not null)
        {
            yield return $"{attempt}: {(int)status} sends a file ({response.Content.Headers.ContentType?.MediaType})";
        }

        foreach (var secret in secrets.Where(s => body.Contains(s, StringComparison.Ordinal)))
        {
            yield return $"{attempt}: {(int)status} shows T02's '{secret}'";
        }
    }

    /// <summary>The form a browser would post: the route's own page with accountant1's own rows, when there is one.</summary>
    private static async Task<IReadOnlyList<KeyValuePair<string, string>>> FormOfAsync(TestClient client, AppRoute route, Side own)
    {
        var url = TownshipIds.Own(route with { Method = "GET" }, own).Url;
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return [];
        }

        var page = await TestClient.Parse(response);
        var path = url.Split('?')[0];
        var form = page.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => f.GetAttribute("action") is null or "" || f.GetAttribute("action")!.Split('?')[0].Equals(path, StringComparison.OrdinalIgnoreCase));
        return form is null ? [] : FormValues.Of(form);
    }

    /// <summary>
    /// A route whose ids come only in its form must accept the same form with accountant1's own rows, or the refusal of
    /// T02's proved only that the form was wrong.
    /// </summary>
    private static async Task<IEnumerable<string>> ControlAsync(
        TestClient client, AppRoute route, Side own, IReadOnlyList<KeyValuePair<string, string>> bases, string token, List<string> report)
    {
        var control = TownshipIds.Own(route, own);
        using var response = await client.Post(control.Url, [.. control.Body(bases), new(TestClient.TokenField, token)]);
        report.Add($"{control} → {(int)response.StatusCode}");
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden
            ? []
            : [$"{control}: {(int)response.StatusCode} with accountant1's own rows; the test cannot build a valid form, so the refusal above proves nothing"];
    }

    private async Task<(Side Own, Side Other, IReadOnlyList<string> Secrets)> SidesAsync()
    {
        var settlement = await app.SettledQ3Async();
        var own = await TownshipIds.LoadAsync(app, DemoData.OwnTownship, settlement.Id, await TownshipIds.ExportOfAsync(app, "accountant1"));
        var other = await TownshipIds.LoadAsync(app, DemoData.OtherTownship, settlement.Id, await TownshipIds.ExportOfAsync(app, "accountant2"));
        return (own, other, await TownshipIds.SecretsAsync(app));
    }
}

[Collection(OnSqlite.Name)]
public sealed class TownshipRoutesOnSqlite(SqliteApp app) : TownshipRoutesTests(app);

[Collection(OnPostgres.Name)]
public sealed class TownshipRoutesOnPostgres(PostgresApp app) : TownshipRoutesTests(app);
