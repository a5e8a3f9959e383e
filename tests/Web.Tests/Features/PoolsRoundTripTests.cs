using System.Net;
using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>A clerk's year with one pool: money arrives, goes to a project, is set aside for awards, and what is left moves on.</summary>
public abstract class PoolsRoundTripTests(GrantsApp app)
{
    [Fact]
    public async Task Receipt_allocation_and_reservation_show_the_same_figures_on_every_page_and_in_the_ledger()
    {
        var clerk = await app.SignedIn("clerk");
        var name = UniqueName("人居环境资金池");
        var projectId = await app.NewProjectAsync(UniqueName("村内道路硬化"));

        var poolId = await clerk.CreatePoolAsync(name);
        await clerk.RecordReceiptAsync(poolId, "1,000,000.00", document: "鄂财农发〔2026〕12号");
        using var allocated = await clerk.PostForm($"/pools/allocate/{poolId}", Allocation(projectId, "250000.50"));
        using var reserved = await clerk.PostForm($"/pools/reserve/{poolId}", new Dictionary<string, string> { ["Amount"] = "¥100,000", ["ReservedOn"] = "2026-06-30" });
        Assert.Equal(poolId, PoolIdFrom(allocated));
        Assert.Equal(poolId, PoolIdFrom(reserved));

        var details = await clerk.GetPage($"/pools/details/{poolId}");
        var figures = details.QuerySelector("[data-testid=pool-figures]")!;
        Assert.Equal(Yuan(1_000_000m), figures.Figure("received"));
        Assert.Equal(Yuan(250_000.50m), figures.Figure("allocated"));
        Assert.Equal(Yuan(100_000m), figures.Figure("reserved"));
        Assert.Equal(Yuan(649_999.50m), figures.Figure("available"));
        Assert.Equal("¥649,999.50", figures.QuerySelector("[data-figure=available]")!.TextContent.Trim());
        Assert.Contains("鄂财农发〔2026〕12号", details.Text("[data-testid=receipts]"), StringComparison.Ordinal);
        var allocationRow = details.QuerySelector($"[data-testid=allocations] tr[data-project='{projectId}']")!;
        Assert.Contains("城关镇", allocationRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("村内道路硬化", allocationRow.TextContent, StringComparison.Ordinal);
        var sources = details.QuerySelectorAll("[data-testid=journal] tr[data-entry]").Select(r => r.GetAttribute("data-source")!).Distinct().ToList();
        Assert.Equal(3, sources.Count);
        Assert.Contains($"pool:{poolId}", sources);
        Assert.Contains(sources, s => s.StartsWith("pool-receipt:", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("pool-allocation:", StringComparison.Ordinal));

        var overview = await clerk.GetPage($"/pools?year={Year}&poolId={poolId}");
        var row = overview.QuerySelector($"[data-testid=pools] tbody tr[data-id='{poolId}']")!;
        Assert.Equal(Yuan(649_999.50m), row.Figure("available"));
        Assert.Equal(Yuan(250_000.50m), row.Figure("allocated"));
        Assert.Equal(Yuan(1_000_000m), overview.QuerySelector("[data-testid=by-level] tr[data-level=Province]")!.Figure("amount"));
        Assert.Equal(Yuan(1_000_000m), overview.QuerySelector("[data-testid=by-catalogue-line] tfoot")!.Figure("total"));

        var pool = await app.PoolAsync(poolId);
        Assert.Equal(Yuan(649_999.50m), pool.Available);
        Assert.Equal(Yuan(250_000.50m), await app.IntegratedFundsAsync(projectId));
        Assert.Equal(pool.Available, await app.BalanceAsync(LedgerAccount.PoolAvailable(poolId).Code));
        Assert.Equal(pool.Reserved, await app.BalanceAsync(LedgerAccount.PoolReserved(poolId).Code));
        Assert.Equal(Yuan(250_000.50m), await app.BalanceAsync(LedgerAccount.ProjectFunds(projectId).Code));
        await app.AssertJournalBalancesAsync();
    }

    [Fact]
    public async Task The_totals_row_adds_up_the_lines_printed_above_it()
    {
        var clerk = await app.SignedIn("clerk");
        var first = await clerk.CreatePoolAsync(UniqueName("合计甲"));
        var second = await clerk.CreatePoolAsync(UniqueName("合计乙"));
        await clerk.RecordReceiptAsync(first, "1234.56");
        await clerk.RecordReceiptAsync(second, "0.44", level: "County", catalogueLine: "文化润心");

        var overview = await clerk.GetPage($"/pools?year={Year}&sort=available&desc=true");

        var rows = overview.QuerySelectorAll("[data-testid=pools] tbody tr[data-id]").ToList();
        var totals = overview.QuerySelector("[data-testid=totals]")!;
        foreach (var figure in new[] { "received", "carried-in", "allocated", "reserved", "carried-out", "available" })
        {
            Assert.Equal(rows.Aggregate(Money.Zero, (sum, r) => sum + r.Figure(figure)), totals.Figure(figure));
        }

        var available = rows.Select(r => r.Figure("available")).ToList();
        Assert.Equal(available.OrderDescending(), available);
    }

    [Fact]
    public async Task Carrying_forward_moves_the_available_balance_to_next_year_and_closes_the_pool()
    {
        var clerk = await app.SignedIn("clerk");
        var from = await clerk.CreatePoolAsync(UniqueName("结转池"));
        var into = await clerk.CreatePoolAsync(UniqueName("次年池"), Year + 1);
        var empty = await clerk.CreatePoolAsync(UniqueName("空池"));
        await clerk.RecordReceiptAsync(from, "5000");
        using var reserved = await clerk.PostForm($"/pools/reserve/{from}", new Dictionary<string, string> { ["Amount"] = "1200.25", ["ReservedOn"] = "2026-12-01" });
        var entriesBefore = (await app.CountsAsync()).Entries;

        using var moved = await clerk.PostForm($"/pools/carryforward/{from}", new Dictionary<string, string> { ["NextPoolId"] = $"{into}" });
        var afterMove = (await app.CountsAsync()).Entries;
        using var closedEmpty = await clerk.PostForm($"/pools/carryforward/{empty}", new Dictionary<string, string> { ["NextPoolId"] = $"{into}" });
        using var again = await clerk.PostForm($"/pools/receipt/{from}", new Dictionary<string, string>
        {
            ["Level"] = "City", ["CatalogueLine"] = "人居环境整治", ["DocumentNumber"] = "X财发〔2026〕1号", ["ReceivedOn"] = "2026-12-30", ["Amount"] = "1",
        });

        Assert.Equal(from, PoolIdFrom(moved));
        Assert.Equal(empty, PoolIdFrom(closedEmpty));
        var (source, next, closed) = (await app.PoolAsync(from), await app.PoolAsync(into), await app.PoolAsync(empty));
        Assert.Equal(Yuan(3799.75m), source.CarriedOut);
        Assert.True(source.Available.IsZero);
        Assert.Equal(Yuan(3799.75m), next.CarriedIn);
        Assert.Equal(next.Available, await app.BalanceAsync(LedgerAccount.PoolAvailable(into).Code));
        Assert.True(closed.IsClosed);
        Assert.Equal(entriesBefore + 1, afterMove);
        Assert.Equal(afterMove, (await app.CountsAsync()).Entries);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已结转", (await TestClient.Parse(again)).FormErrors(), StringComparison.Ordinal);
        var nextPage = await clerk.GetPage($"/pools/details/{into}");
        Assert.Contains(nextPage.QuerySelectorAll("[data-testid=journal] tr[data-entry]"), r => r.GetAttribute("data-source") == $"pool:{from}");
        await app.AssertJournalBalancesAsync();
    }
}

[Collection(OnSqlite.Name)]
public sealed class PoolsRoundTripOnSqlite(SqliteApp app) : PoolsRoundTripTests(app);

[Collection(OnPostgres.Name)]
public sealed class PoolsRoundTripOnPostgres(PostgresApp app) : PoolsRoundTripTests(app);
