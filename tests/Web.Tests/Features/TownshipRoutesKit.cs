using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure.Exports;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>What an id names. The scoped kinds belong to one township; the others are the county's.</summary>
internal enum IdKind
{
    Township,
    Community,
    Unit,
    Project,
    Request,
    Invoice,
    Evidence,
    Notice,
    User,
    Export,
    JournalEntry,
    LedgerAccount,
    Pool,
    PoolReceipt,
    Settlement,
    SettlementFile,
    Rubric,
}

/// <summary>One row of each kind, as a route would take it, for one township.</summary>
internal sealed record Side(string Code, IReadOnlyDictionary<IdKind, string> Ids);

/// <summary>One request to make: the route, its values (null leaves an input out), and whether only 403/404 will do.</summary>
internal sealed record Attempt(AppRoute Route, string Label, IReadOnlyDictionary<string, string?> Values, bool MustRefuse)
{
    /// <summary>The attempt names at least one of T02's own rows (not only the county's).</summary>
    public bool NamesOtherRow { get; init; }

    public string Url => Route.Url(Values);

    /// <summary>
    /// The body: the page's own form as a browser holds it, a plausible value for every field the page left empty, and
    /// the attempt's ids on top.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Body(IReadOnlyList<KeyValuePair<string, string>> page)
    {
        var fields = Route.Inputs.Where(i => i.Place == InputPlace.Field).ToList();
        var named = fields.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var body = page.Where(p => !named.Contains(p.Key) && p.Key != TestClient.TokenField).ToList();
        foreach (var field in fields)
        {
            if (Values.TryGetValue(field.Name, out var id))
            {
                if (id is not null)
                {
                    body.Add(new(field.Name, id));
                }

                continue;
            }

            var shown = page.Where(p => p.Key.Equals(field.Name, StringComparison.OrdinalIgnoreCase) && p.Value.Length > 0).ToList();
            body.AddRange(shown.Count > 0 ? shown : [new(field.Name, TownshipIds.Sample(field))]);
        }

        return body;
    }

    public override string ToString() => $"{Route.Name} [{Label}] {Url}";
}

/// <summary>
/// How the township test fills a route: which inputs are ids and of what kind, what accountant1's (T01) and
/// accountant2's (T02) rows of each kind are, and the attempts to make.
/// </summary>
internal static class TownshipIds
{
    private static readonly HashSet<IdKind> Scoped =
    [
        IdKind.Township, IdKind.Community, IdKind.Unit, IdKind.Project, IdKind.Request, IdKind.Invoice, IdKind.Evidence,
        IdKind.Notice, IdKind.User, IdKind.Export, IdKind.JournalEntry, IdKind.LedgerAccount,
    ];

    // The kind of an action's own "id", by controller or controller/action.
    private static readonly Dictionary<string, IdKind> IdOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Communities"] = IdKind.Community, ["Townships"] = IdKind.Township, ["Units"] = IdKind.Unit, ["Users"] = IdKind.User,
        ["Projects"] = IdKind.Project, ["ProjectSteps"] = IdKind.Project, ["ProjectBudget"] = IdKind.Project,
        ["Requests"] = IdKind.Request, ["Review"] = IdKind.Request, ["Scores"] = IdKind.Community, ["Ledger"] = IdKind.JournalEntry,
        ["Pools"] = IdKind.Pool, ["Pools/ReceiptFile"] = IdKind.PoolReceipt,
        ["Settlement"] = IdKind.Settlement, ["Settlement/Notice"] = IdKind.Notice, ["Settlement/CountyFile"] = IdKind.SettlementFile,
        ["Exports/Download"] = IdKind.Export, ["Exports/ProjectEvidence"] = IdKind.Project,
    };

    // Every other input that names a row, by its name.
    private static readonly Dictionary<string, IdKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["townshipId"] = IdKind.Township, ["township"] = IdKind.Township, ["communityId"] = IdKind.Community, ["unitId"] = IdKind.Unit,
        ["projectId"] = IdKind.Project, ["invoiceId"] = IdKind.Invoice, ["evidenceId"] = IdKind.Evidence, ["poolId"] = IdKind.Pool,
        ["nextPoolId"] = IdKind.Pool, ["rubricId"] = IdKind.Rubric, ["account"] = IdKind.LedgerAccount, ["pool"] = IdKind.Pool,
        ["project"] = IdKind.Project,
        // The audit trail's filter names a row by type and id; a T02 project's id stands for any.
        ["entityId"] = IdKind.Project,
    };

    // Nouns that name a row when an integer carries them ("township=3"), whatever the suffix.
    private static readonly string[] Nouns =
        ["township", "community", "unit", "project", "request", "invoice", "evidence", "notice", "pool", "receipt", "settlement", "payout", "rubric", "user", "entry", "file"];

    /// <summary>
    /// Uploads accountant1 may post that carry no row in their URL: the rows are in the file, so each has a test of its
    /// own that names T02's places in a file (An_import_naming_another_townships_places_is_refused_and_changes_nothing).
    /// </summary>
    public static readonly string[] Uploads = ["POST ProjectImport/Index"];

    // Path values that are not ids but must be filled to reach the action.
    private static readonly Dictionary<string, string> PathSamples = new(StringComparer.OrdinalIgnoreCase) { ["quarter"] = "2026Q3" };

    /// <summary>
    /// The routes accountant1 could call: not the public pages, which are everyone's by design, nor signing out and
    /// the language (open to read-only users, no ids) — but a read-only user's route that takes ids is covered.
    /// </summary>
    public static IEnumerable<AppRoute> Covered(IEnumerable<AppRoute> routes) =>
        routes.Where(r => !r.Anonymous && !(r.ForReadOnlyUsers && !r.Inputs.Any(LooksLikeId)));

    public static IEnumerable<string> Unfillable(AppRoute route) =>
        route.Inputs.Where(i => LooksLikeId(i) && KindOf(route, i) is null).Select(i => $"{route.Name}: id '{i.Name}' ({i.Place})")
            .Concat(route.Inputs.Where(i => i.Place == InputPlace.Path && !LooksLikeId(i) && !PathSamples.ContainsKey(i.Name))
                .Select(i => $"{route.Name}: path value '{i.Name}'"));

    /// <summary>A route that takes a township's row in its URL (not as an option): another township's must be refused.</summary>
    public static bool HasScopedId(AppRoute route) => Ids(route).Any(x => x.Input.Direct && !x.Input.Optional && Scoped.Contains(x.Kind));

    /// <summary>A route that takes a township's row anywhere: in its URL, its query or its form.</summary>
    public static bool TakesScopedRow(AppRoute route) => Ids(route).Any(x => Scoped.Contains(x.Kind));

    /// <summary>A write whose rows come only in its form: the same form with accountant1's own rows must succeed.</summary>
    public static bool NeedsControl(AppRoute route) =>
        route.ChangesData && TakesScopedRow(route) && !Ids(route).Any(x => x.Input.Direct);

    /// <summary>
    /// Every id of T02 at once; then, when a route takes more than one township row, each in turn with the others
    /// accountant1's own (a T01 request with a T02 invoice id, a T01 community with a T02 unit).
    /// </summary>
    public static IEnumerable<Attempt> Attempts(AppRoute route, Side own, Side other)
    {
        var ids = Ids(route).ToList();
        yield return new Attempt(route, "T02", With(route, ids.ToDictionary(x => x.Input.Name, x => (string?)other.Ids[x.Kind])), HasScopedId(route))
        {
            NamesOtherRow = ids.Any(x => Scoped.Contains(x.Kind)),
        };
        var scoped = ids.Where(x => Scoped.Contains(x.Kind)).ToList();
        if (scoped.Count < 2)
        {
            yield break;
        }

        foreach (var (input, kind) in scoped)
        {
            // An option left out of the URL is its natural default; a form's fields are always sent.
            var values = ids.ToDictionary(
                x => x.Input.Name,
                x => x.Input == input ? other.Ids[x.Kind] : x.Input.Optional && (x.Input.Direct || !Scoped.Contains(x.Kind)) ? null : own.Ids[x.Kind]);
            var mustRefuse = input.Direct && (!input.Optional || !route.ChangesData);
            yield return new Attempt(route, $"T02 {input.Name} only", With(route, values), mustRefuse) { NamesOtherRow = true };
        }
    }

    /// <summary>The route with accountant1's own rows in every id; a county-wide row only where the route needs one.</summary>
    public static Attempt Own(AppRoute route, Side own) =>
        new(route, "T01", With(route, Ids(route).ToDictionary(
            x => x.Input.Name, x => x.Input.Optional && !Scoped.Contains(x.Kind) ? null : own.Ids[x.Kind])), false);

    public static string Sample(RouteInput input)
    {
        var type = Nullable.GetUnderlyingType(input.Type) ?? input.Type;
        return input.Name.Contains("Amount", StringComparison.Ordinal) || input.Name == "UnitValue" ? "100.00"
            : PathSamples.TryGetValue(input.Name, out var sample) ? sample
            : type == typeof(bool) ? "false"
            : type.IsEnum ? Enum.GetNames(type)[0]
            : type == typeof(Guid) ? Guid.NewGuid().ToString()
            : type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) ? "2026-11-02"
            : type == typeof(string) ? "跨镇测试"
            : "1";
    }

    /// <summary>One row of every kind of the township, picked so that an action on it would do something.</summary>
    public static Task<Side> LoadAsync(GrantsApp app, string code, int settlementId, int export) => app.InDb(async db =>
    {
        var township = await db.Townships.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
        var community = await db.Communities.Where(c => c.TownshipId == township && c.Units.Any()).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var unit = await db.Units.Where(u => u.CommunityId == community).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        var projects = await db.Projects.Where(p => p.TownshipId == township).Select(p => new { p.Id, p.Status }).ToListAsync();
        var project = projects.OrderBy(p => p.Status == ProjectStatus.InProgress ? 0 : 1).ThenBy(p => p.Id).First().Id;
        var account = $"project:{project}:funds";
        var requests = await db.Requests.Where(r => r.TownshipId == township)
            .Select(r => new { r.Id, r.Status, Invoices = r.Invoices.Count, Evidence = r.Evidence.Count }).ToListAsync();
        var request = requests.OrderBy(r => r.Status == RequestStatus.Draft && r.Invoices > 0 && r.Evidence > 0 ? 0 : 1)
            .ThenBy(r => r.Status == RequestStatus.Draft ? 0 : 1).ThenBy(r => r.Id).First().Id;
        var requestIds = requests.Select(r => r.Id).ToList();
        var invoice = await db.Invoices.Where(i => requestIds.Contains(i.RequestId)).OrderBy(i => i.RequestId == request ? 0 : 1).ThenBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var evidence = await db.Set<Evidence>().Where(e => requestIds.Contains(e.RequestId)).OrderBy(e => e.RequestId == request ? 0 : 1).ThenBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var user = await db.Users.Where(u => u.TownshipId == township).OrderBy(u => u.UserName).Select(u => u.Id).FirstAsync();
        return new Side(code, new Dictionary<IdKind, string>
        {
            [IdKind.Township] = Text(township), [IdKind.Community] = Text(community), [IdKind.Unit] = Text(unit), [IdKind.Project] = Text(project),
            [IdKind.Request] = Text(request), [IdKind.Invoice] = Text(invoice), [IdKind.Evidence] = Text(evidence), [IdKind.User] = user,
            [IdKind.Export] = Text(export),
            [IdKind.Notice] = Text(await db.IssuedNotices.Where(n => n.TownshipId == township).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync()),
            [IdKind.JournalEntry] = Text(await db.JournalLines.Where(l => l.Account == account).OrderBy(l => l.EntryId).Select(l => l.EntryId).FirstAsync()),
            [IdKind.LedgerAccount] = account,
            [IdKind.Pool] = Text(await db.Pools.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()),
            [IdKind.PoolReceipt] = Text(await db.PoolReceipts.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()),
            [IdKind.Settlement] = Text(settlementId),
            [IdKind.SettlementFile] = Text(await db.SettlementFiles.Where(f => f.SettlementId == settlementId).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync()),
            [IdKind.Rubric] = Text(await db.Rubrics.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()),
        });
    });

    /// <summary>A finished export of the user's (downloadable by them only): one on record, or one asked for now.</summary>
    public static async Task<int> ExportOfAsync(GrantsApp app, string userName)
    {
        var userId = await app.InDb(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        Task<int?> DoneAsync() => app.InDb(db => db.ExportRequests
            .Where(r => r.UserId == userId && r.Status == ExportStatus.Done).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync());
        if (await DoneAsync() is { } done)
        {
            return done;
        }

        var client = await app.SignedIn(userName);
        using var queued = await client.PostWithToken("/exports/index", new Dictionary<string, string>());
        var started = DateTime.UtcNow;
        while (true)
        {
            if (await DoneAsync() is { } id)
            {
                return id;
            }

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(120), $"{userName}'s export (asked: {(int)queued.StatusCode}) did not finish: the test cannot prove /exports/download refuses it");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Words only T02's rows hold — its name, its communities' names and bank accounts, its projects' names, its
    /// payees — less any that also occur in T01's, which accountant1 may see.
    /// </summary>
    public static Task<IReadOnlyList<string>> SecretsAsync(GrantsApp app) => app.InDb(async db =>
    {
        async Task<List<string>> WordsOf(string code)
        {
            var township = await db.Townships.Where(t => t.Code == code).Select(t => new { t.Id, t.Name }).SingleAsync();
            var communities = await db.Communities.Where(c => c.TownshipId == township.Id).Select(c => new { c.Name, c.BankAccount }).ToListAsync();
            var projects = await db.Projects.Where(p => p.TownshipId == township.Id).Select(p => p.Name).ToListAsync();
            var payees = await db.Requests.Where(r => r.TownshipId == township.Id).Select(r => new { r.PayeeName, r.PayeeAccount }).ToListAsync();
            return [township.Name, .. communities.Select(c => c.Name), .. communities.Select(c => c.BankAccount ?? ""), .. projects,
                .. payees.Select(p => p.PayeeName ?? "").Where(n => n.Length >= 4), .. payees.Select(p => p.PayeeAccount ?? "")];
        }

        var own = await WordsOf(DemoData.OwnTownship);
        IReadOnlyList<string> secrets = (await WordsOf(DemoData.OtherTownship))
            .Where(w => w.Length >= 2 && !own.Any(o => o.Contains(w, StringComparison.Ordinal))).Distinct().ToList();
        return secrets;
    });

    private static Dictionary<string, string?> With(AppRoute route, Dictionary<string, string?> ids)
    {
        foreach (var input in route.Inputs.Where(i => i.Place == InputPlace.Path && PathSamples.ContainsKey(i.Name)))
        {
            ids[input.Name] = PathSamples[input.Name];
        }

        // A page's switches all on (run the export, preview the file): every path the page has meets the ids.
        foreach (var input in route.Inputs.Where(i => !route.ChangesData && !LooksLikeId(i) && (Nullable.GetUnderlyingType(i.Type) ?? i.Type) == typeof(bool)))
        {
            ids[input.Name] = "true";
        }

        return ids;
    }

    private static IEnumerable<(RouteInput Input, IdKind Kind)> Ids(AppRoute route) =>
        route.Inputs.Where(LooksLikeId).Select(i => (i, KindOf(route, i) ?? throw new InvalidOperationException($"{route.Name}: no kind for '{i.Name}'")));

    private static bool LooksLikeId(RouteInput input)
    {
        var type = Nullable.GetUnderlyingType(input.Type) ?? input.Type;
        return input.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || input.Name.EndsWith("Id", StringComparison.Ordinal)
            || ByName.ContainsKey(input.Name)
            || ((type == typeof(int) || type == typeof(long)) && Nouns.Any(n => input.Name.Equals(n, StringComparison.OrdinalIgnoreCase)));
    }

    private static IdKind? KindOf(AppRoute route, RouteInput input) =>
        !input.Name.Equals("id", StringComparison.OrdinalIgnoreCase) ? (ByName.TryGetValue(input.Name, out var named) ? named : null)
        : IdOf.TryGetValue($"{route.Controller}/{route.Action}", out var action) ? action
        : IdOf.TryGetValue(route.Controller, out var controller) ? controller : null;

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A form's values as a browser would send them: its inputs, checked boxes, selected options and text areas.</summary>
internal static class FormValues
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "file"):
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected && o.Value.Length > 0) ?? select.Options.FirstOrDefault(o => o.Value.Length > 0);
                    if (chosen is not null)
                    {
                        values.Add(new(name, chosen.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        return values;
    }
}

/// <summary>
/// The whole database as one hash per table (its row count and a hash of its rows in any order), so a test can say
/// exactly which tables a request changed. The data-protection keys are left out: the framework may add one any time.
/// </summary>
internal static class DbFingerprint
{
    public static Task<IReadOnlyDictionary<string, string>> TakeAsync(GrantsApp app) => app.InDb(async db =>
    {
        var tables = db.Model.GetEntityTypes()
            .Select(e => e.GetTableName() is { } table ? (e.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"") : null)
            .OfType<string>().Where(t => !t.Contains("DataProtectionKeys", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var row = new StringBuilder();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        var value = reader.GetValue(i);
                        row.Append(value is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                    }

                    rows.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString()))));
                }

                rows.Sort(StringComparer.Ordinal);
                result[table] = $"{rows.Count}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(rows))))}";
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        IReadOnlyDictionary<string, string> fingerprint = result;
        return fingerprint;
    });

    /// <summary>
    /// Waits until no background job (an export, a settlement's files) is still writing: the same fingerprint three
    /// times in a row, 300 ms apart. Returns that fingerprint.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> QuietAsync(GrantsApp app)
    {
        var started = DateTime.UtcNow;
        var last = await TakeAsync(app);
        for (var same = 1; same < 3; )
        {
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "the database is still changing after 60 s: a background job is running");
            await Task.Delay(300);
            var next = await TakeAsync(app);
            same = Changes(last, next).Any() ? 1 : same + 1;
            last = next;
        }

        return last;
    }

    public static IEnumerable<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t} ({before.GetValueOrDefault(t)?.Split(':')[0]} → {after.GetValueOrDefault(t)?.Split(':')[0]} rows)");
}
