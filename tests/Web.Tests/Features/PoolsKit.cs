using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Grants.Domain;
using Grants.Domain.Pools;
using Grants.Domain.Projects;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Steps and checks the pool tests share: forms posted as a clerk would, figures read back from the page and the database.</summary>
internal static class PoolsKit
{
    public const int Year = 2026;

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 13)];

    public static async Task<int> CreatePoolAsync(this TestClient client, string name, int year = Year)
    {
        using var response = await client.PostForm("/pools/create", new Dictionary<string, string>
        {
            ["FiscalYear"] = year.ToString(CultureInfo.InvariantCulture), ["Name"] = name,
        });
        return PoolIdFrom(response);
    }

    public static async Task RecordReceiptAsync(this TestClient client, int poolId, string amount, string document = "鄂财农发〔2026〕12号",
        string catalogueLine = "人居环境整治", string level = "Province", string date = "2026-03-02")
    {
        using var response = await client.PostForm($"/pools/receipt/{poolId}", new Dictionary<string, string>
        {
            ["Level"] = level, ["CatalogueLine"] = catalogueLine, ["DocumentNumber"] = document, ["ReceivedOn"] = date, ["Amount"] = amount,
        });
        Assert.Equal(poolId, PoolIdFrom(response));
    }

    public static Dictionary<string, string> Allocation(int projectId, string amount, string date = "2026-04-01", string purpose = "村内道路硬化") => new()
    {
        ["ProjectId"] = projectId.ToString(CultureInfo.InvariantCulture), ["Amount"] = amount, ["AllocatedOn"] = date, ["Purpose"] = purpose,
    };

    /// <summary>The pool's id from the redirect to its details page that every successful form answers with.</summary>
    public static int PoolIdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.PathAndQueryOrOriginal() ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode} {location}");
        Assert.StartsWith("/pools/details/", location, StringComparison.Ordinal);
        return int.Parse(location["/pools/details/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>A project of the first community of T01 城关镇, made directly: the projects pages do not exist yet.</summary>
    public static Task<int> NewProjectAsync(this GrantsApp app, string name) => app.InDb(async db =>
    {
        var community = await db.Communities.AsNoTracking().Where(c => db.Townships.Any(t => t.Id == c.TownshipId && t.Code == DemoData.OwnTownship))
            .OrderBy(c => c.Id).FirstAsync();
        var project = new Project(community.TownshipId, community.Id, null, name, "人居环境整治");
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    });

    public static Task<FundingPool> PoolAsync(this GrantsApp app, int id) =>
        app.InDb(db => db.Pools.AsNoTracking().SingleAsync(p => p.Id == id));

    public static Task<Money> IntegratedFundsAsync(this GrantsApp app, int projectId) =>
        app.InDb(db => db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.IntegratedFunds).SingleAsync());

    /// <summary>Rows that a refused form must not have added.</summary>
    public static Task<(int Receipts, int Allocations, int Entries, int Lines, int Pools)> CountsAsync(this GrantsApp app) => app.InDb(async db =>
        (await db.PoolReceipts.CountAsync(), await db.PoolAllocations.CountAsync(), await db.JournalEntries.CountAsync(),
            await db.JournalLines.CountAsync(), await db.Pools.CountAsync()));

    /// <summary>Debits minus credits of one account (pools and projects are debit-normal).</summary>
    public static Task<Money> BalanceAsync(this GrantsApp app, string account) => app.InDb(async db =>
    {
        var lines = await db.JournalLines.AsNoTracking().Where(l => l.Account == account).Select(l => new { l.Debit, l.Credit }).ToListAsync();
        return lines.Aggregate(Money.Zero, (sum, l) => sum + l.Debit - l.Credit);
    });

    /// <summary>Every entry in the journal has two or more lines and its debits equal its credits; returns the entry count.</summary>
    public static Task<int> AssertJournalBalancesAsync(this GrantsApp app) => app.InDb(async db =>
    {
        var lines = await db.JournalLines.AsNoTracking().Select(l => new { l.EntryId, l.Debit, l.Credit }).ToListAsync();
        var entries = lines.GroupBy(l => l.EntryId).ToList();
        Assert.All(entries, e =>
        {
            Assert.True(e.Count() >= 2, $"entry {e.Key} has {e.Count()} line(s)");
            Assert.Equal(e.Aggregate(Money.Zero, (s, l) => s + l.Debit), e.Aggregate(Money.Zero, (s, l) => s + l.Credit));
        });
        Assert.Equal(await db.JournalEntries.CountAsync(), entries.Count);
        return entries.Count;
    });

    /// <summary>A figure a page prints (data-figure="…"), read back as money.</summary>
    public static Money Figure(this IElement scope, string figure)
    {
        var text = scope.QuerySelector($"[data-figure={figure}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"no figure '{figure}'");
        return Money.TryParse(text) ?? throw new InvalidOperationException($"'{text}' is not money");
    }

    public static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}
