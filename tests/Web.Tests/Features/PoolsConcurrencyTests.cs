using System.Diagnostics;
using System.Net;
using Grants.Domain.Ledger;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Available never goes below zero, however many clerks press "allocate" at the same moment.</summary>
public abstract class PoolsConcurrencyTests(GrantsApp app, ITestOutputHelper output)
{
    // Ten signed-in browsers with five tabs each: fifty requests in flight, without fifty slow password hashes first.
    private const int Clients = 10;
    private const int TabsEach = 5;

    [Fact]
    public async Task Fifty_parallel_allocations_of_30_from_1000_give_33_allocations_and_17_refusals()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("并发池"));
        await clerk.RecordReceiptAsync(poolId, "1000");
        var projectId = await app.NewProjectAsync(UniqueName("并发项目"));
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => SignedInClerkAsync()));

        var (outcomes, elapsed) = await AllocateAtOnceAsync(clients.SelectMany(c => Enumerable.Repeat((c, poolId, projectId), TabsEach)).ToList());

        output.WriteLine($"{app.Engine}: {outcomes.Count} parallel allocations in {elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(50, outcomes.Count);
        Assert.Equal(33, outcomes.Count(o => o == Outcome.Allocated));
        Assert.Equal(17, outcomes.Count(o => o == Outcome.Refused));
        var pool = await app.PoolAsync(poolId);
        Assert.Equal(Yuan(10m), pool.Available);
        Assert.Equal(Yuan(990m), pool.Allocated);
        var rows = await app.InDb(db => db.PoolAllocations.AsNoTracking().Where(a => a.PoolId == poolId).Select(a => a.Amount).ToListAsync());
        Assert.Equal(33, rows.Count);
        Assert.Equal(Yuan(990m), rows.Aggregate(Yuan(0m), (sum, a) => sum + a));
        Assert.Equal(Yuan(990m), await app.IntegratedFundsAsync(projectId));
        Assert.Equal(pool.Available, await app.BalanceAsync(LedgerAccount.PoolAvailable(poolId).Code));
        Assert.Equal(Yuan(990m), await app.BalanceAsync(LedgerAccount.ProjectFunds(projectId).Code));
        await app.AssertJournalBalancesAsync();
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    // Two pools lock two different rows, so allocations to one project race on the project's Version and are retried.
    [Fact]
    public async Task Parallel_allocations_from_two_pools_to_one_project_lose_no_money()
    {
        var clerk = await app.SignedIn("clerk");
        var first = await clerk.CreatePoolAsync(UniqueName("双池甲"));
        var second = await clerk.CreatePoolAsync(UniqueName("双池乙"));
        await clerk.RecordReceiptAsync(first, "1000");
        await clerk.RecordReceiptAsync(second, "1000");
        var projectId = await app.NewProjectAsync(UniqueName("双池项目"));
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SignedInClerkAsync()));

        var (outcomes, _) = await AllocateAtOnceAsync(
            clients.SelectMany(c => Enumerable.Repeat(c, TabsEach)).Select((c, i) => (c, i % 2 == 0 ? first : second, projectId)).ToList());

        Assert.All(outcomes, o => Assert.Equal(Outcome.Allocated, o));
        Assert.Equal(Yuan(600m), await app.IntegratedFundsAsync(projectId));
        Assert.Equal(Yuan(700m), (await app.PoolAsync(first)).Available);
        Assert.Equal(Yuan(700m), (await app.PoolAsync(second)).Available);
        Assert.Equal(Yuan(600m), await app.BalanceAsync(LedgerAccount.ProjectFunds(projectId).Code));
        await app.AssertJournalBalancesAsync();
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private enum Outcome
    {
        Allocated,
        Refused,
    }

    private async Task<TestClient> SignedInClerkAsync()
    {
        var client = app.NewClient();
        await client.SignInAs("clerk");
        return client;
    }

    /// <summary>Each tab first opens its form (for the token), then all post at once, released together.</summary>
    private static async Task<(List<Outcome> Outcomes, TimeSpan Elapsed)> AllocateAtOnceAsync(List<(TestClient Client, int PoolId, int ProjectId)> work)
    {
        var forms = await Task.WhenAll(work.Select(async w =>
        {
            var token = await w.Client.Token($"/pools/allocate/{w.PoolId}");
            var fields = Allocation(w.ProjectId, "30", purpose: "并发分配").ToList();
            fields.Add(new(TestClient.TokenField, token));
            return (w.Client, Url: $"/pools/allocate/{w.PoolId}", Fields: fields);
        }));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = forms.Select(f => Task.Run(async () =>
        {
            await start.Task;
            using var response = await f.Client.Post(f.Url, f.Fields);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                return Outcome.Allocated;
            }

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
            var errors = (await TestClient.Parse(body)).FormErrors();
            Assert.Contains("可用余额不足", errors, StringComparison.Ordinal);
            return Outcome.Refused;
        })).ToList();
        var clock = Stopwatch.StartNew();
        start.SetResult();
        var outcomes = await Task.WhenAll(posts);
        return (outcomes.ToList(), clock.Elapsed);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PoolsConcurrencyOnSqlite(SqliteApp app, ITestOutputHelper output) : PoolsConcurrencyTests(app, output);

[Collection(OnPostgres.Name)]
public sealed class PoolsConcurrencyOnPostgres(PostgresApp app, ITestOutputHelper output) : PoolsConcurrencyTests(app, output);
