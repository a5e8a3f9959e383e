using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Grants.Domain.Projects;
using Grants.Infrastructure;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Features;

/// <summary>开放数据: the projects and awards as a 360Giving grants package, for anyone, with nothing private in it.</summary>
public abstract partial class OpenDataTests(GrantsApp app)
{
    private const string Url = "/opendata/grants.json";

    private static readonly string[] Required = ["id", "title", "description", "currency", "amountAwarded", "awardDate", "recipientOrganization", "fundingOrganization"];

    [Fact]
    public async Task Anyone_reads_a_360Giving_package_whose_every_grant_has_the_required_fields_and_a_unique_id()
    {
        var (response, body) = await ReadAnonymouslyAsync();
        var grants = Grants(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(grants);
        Assert.All(grants, g =>
        {
            Assert.All(Required, field => Assert.True(g.ContainsKey(field), $"{g["id"]}: no {field}"));
            Assert.Equal("CNY", (string?)g["currency"]);
            Assert.StartsWith("360G-", (string?)g["id"], StringComparison.Ordinal);
            Assert.Matches(IsoDate(), (string?)g["awardDate"]);
            Assert.All([g["recipientOrganization"]!.AsArray(), g["fundingOrganization"]!.AsArray()], orgs =>
            {
                Assert.NotEmpty(orgs);
                Assert.All(orgs, o => Assert.False(string.IsNullOrEmpty((string?)o!["id"]) || string.IsNullOrEmpty((string?)o["name"])));
            });
        });
        Assert.Equal(grants.Count, grants.Select(g => (string?)g["id"]).Distinct().Count());
    }

    [Fact]
    public async Task Every_amount_is_a_json_number_in_yuan_with_exactly_two_decimals()
    {
        var (_, body) = await ReadAnonymouslyAsync();

        var amounts = Amount().Matches(body).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.Matches(TwoDecimals(), a));
    }

    [Fact]
    public async Task The_projects_carry_the_integrated_funds_of_every_published_project_split_by_source()
    {
        var (_, body) = await ReadAnonymouslyAsync();
        var projects = Grants(body).Where(g => ((string)g["id"]!).Contains("-project-", StringComparison.Ordinal)).ToList();
        var expected = await app.InDb(async db => (await db.Projects.AsNoTracking().Where(p => p.Status >= ProjectStatus.PublicNotice)
            .Select(p => p.IntegratedFunds).ToListAsync()).Select(m => m.Yuan).ToList());

        Assert.Equal(expected.Count, projects.Count);
        Assert.Equal(expected.Sum(), projects.Sum(g => Decimal(g["amountAwarded"])));
        Assert.All(projects, g => Assert.Equal(Decimal(g["amountAwarded"]), LevelsOf(g).Sum()));
        Assert.Contains(projects, g => LevelsOf(g).Count(a => a > 0) > 1);
    }

    [Fact]
    public async Task The_awards_are_the_standing_award_payouts_and_add_up_to_the_ledgers_awards_payable()
    {
        await app.SettledQ3Async();
        var (_, body) = await ReadAnonymouslyAsync();
        var awards = Grants(body).Where(g => ((string)g["id"]!).Contains("-award-", StringComparison.Ordinal)).ToList();
        var (payouts, ledger) = await app.InDb(async db =>
        {
            var live = (await db.AwardPayouts.AsNoTracking().Where(p => p.ReversedAt == null).Select(p => p.Amount).ToListAsync()).Select(m => m.Yuan).ToList();
            var lines = await db.JournalLines.AsNoTracking().Where(l => l.Account.StartsWith("award:")).Select(l => new { l.Debit, l.Credit }).ToListAsync();
            return (live, lines.Sum(l => l.Debit.Yuan - l.Credit.Yuan));
        });

        Assert.NotEmpty(awards);
        Assert.Equal(payouts.Count, awards.Count);
        Assert.Equal(payouts.Sum(), awards.Sum(g => Decimal(g["amountAwarded"])));
        Assert.Equal(ledger, awards.Sum(g => Decimal(g["amountAwarded"])));
        Assert.All(awards, g => Assert.Equal(Decimal(g["amountAwarded"]), LevelsOf(g).Sum()));
    }

    [Fact]
    public async Task Nothing_private_is_published_no_bank_account_payee_donor_or_responsible_person()
    {
        await app.SettledQ3Async();
        var (_, body) = await ReadAnonymouslyAsync();
        var privates = await app.InDb(async db =>
        {
            var words = new List<string>();
            words.AddRange(await db.Communities.AsNoTracking().Where(c => c.BankAccount != null).Select(c => c.BankAccount!).ToListAsync());
            words.AddRange(await db.AwardPayouts.AsNoTracking().Select(p => p.PayeeAccount).ToListAsync());
            words.AddRange(await db.Requests.AsNoTracking().Where(r => r.PayeeAccount != null).Select(r => r.PayeeAccount!).ToListAsync());
            words.AddRange(await db.Requests.AsNoTracking().Where(r => r.PayeeName != null).Select(r => r.PayeeName!).ToListAsync());
            words.AddRange(await db.Projects.AsNoTracking().Where(p => p.ResponsiblePerson != null).Select(p => p.ResponsiblePerson!).ToListAsync());
            words.AddRange(await db.Set<Donation>().AsNoTracking().Select(d => d.Donor).ToListAsync());
            words.AddRange(await db.Users.AsNoTracking().Select(u => u.DisplayName).ToListAsync());
            return words.Where(w => w.Length > 0).Distinct().ToList();
        });

        Assert.Contains(privates, w => w.Length >= 19 && w.All(char.IsAsciiDigit));
        Assert.All(privates, w => Assert.DoesNotContain(w, body, StringComparison.Ordinal));
        Assert.DoesNotContain("银行", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_writes_the_same_grants_as_the_page()
    {
        var (_, body) = await ReadAnonymouslyAsync();
        var file = Path.Combine(Path.GetTempPath(), $"grants-opendata-{Guid.NewGuid():N}.json");
        try
        {
            var exit = await GrantsCli.RunAsync(["opendata", "--out", file, .. Database(app.Services.GetRequiredService<GrantsSettings>())]);

            Assert.Equal(0, exit);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body)!["grants"], JsonNode.Parse(await File.ReadAllTextAsync(file))!["grants"]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_public_index_links_to_the_open_data()
    {
        using var client = app.NewClient();

        var page = await client.GetPage("/public");

        Assert.Equal(Url, page.QuerySelector("a[data-testid=open-data]")?.GetAttribute("href"));
    }

    private async Task<(HttpResponseMessage Response, string Body)> ReadAnonymouslyAsync()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync(Url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static List<JsonObject> Grants(string body) => JsonNode.Parse(body)!["grants"]!.AsArray().Select(g => g!.AsObject()).ToList();

    private static decimal Decimal(JsonNode? node) => node!.GetValue<JsonElement>().GetDecimal();

    // The budget levels' parts of a grant's integrated funds (donors and residents come on top of them).
    private static List<decimal> LevelsOf(JsonObject grant) =>
        (grant["fundingBySource"]?.AsArray() ?? new JsonArray()).Where(f => (string?)f!["source"] is "province" or "city" or "county" or "department")
            .Select(f => Decimal(f!["amount"])).ToList();

    private static string[] Database(GrantsSettings settings) => settings.Engine == DatabaseEngine.Sqlite
        ? ["--data", settings.DataDirectory]
        : ["--db", "postgres", "--connection", settings.ConnectionString];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"""(?:amountAwarded|amount)"":(-?[0-9.eE+]+)")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^-?\d+\.\d{2}$")]
    private static partial Regex TwoDecimals();
}

[Collection(OnSqlite.Name)]
public sealed class OpenDataOnSqlite(SqliteApp app) : OpenDataTests(app);

[Collection(OnPostgres.Name)]
public sealed class OpenDataOnPostgres(PostgresApp app) : OpenDataTests(app);
