using System.Collections.Concurrent;
using System.Diagnostics;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Cli;
using Grants.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// Maker-checker throughput: K clerks approve submitted requests at once through the review page's own handler
/// (ReviewHandler.ApproveAsync: load, Approve, commit against the project's source, post, all in one movement), each
/// approval in a fresh scope as a web request would have. The requests are taken in turn from one queue and belong
/// to 100 projects in rotation, so clerks seldom meet on a project, as in a real queue. The baseline is the same
/// clerks running the same movement machinery with one trivial INSERT each, for as long. The approvals the database
/// holds must match those answered, and the ledger must verify afterwards.
/// </summary>
internal static class ApprovalsBench
{
    private const int Projects = 100;
    private const int Requests = 60_000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<BenchSection> RunAsync(int clients, TimeSpan duration, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        BenchReport.Phase($"approvals/{engine}: seeding the demo county, then {Projects} projects in progress and {Requests:N0} submitted requests");
        await BenchFunds.SeedDemoAsync(database, ct);
        using var host = CliServices.Build(database.HostArgs);
        var projectIds = await host.InScope(sp => ApprovalsFixture.ProjectsAsync(sp.GetRequiredService<GrantsDbContext>(), Projects, ct));
        var queue = new ConcurrentQueue<int>(await host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<GrantsDbContext>();
            var townshipId = await db.Projects.Where(p => p.Id == projectIds[0]).Select(p => p.TownshipId).SingleAsync(ct);
            await RequestFixture.BuildSubmittedAsync(db, projectIds, townshipId, Requests, ct);
            return await db.Requests.Where(r => projectIds.Contains(r.ProjectId)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        }));

        var clerks = Enumerable.Range(1, clients).Select(i => new BenchClerk($"clerk{i}")).ToList();
        BenchReport.Phase($"approvals/{engine}: warm-up, {WarmUp.TotalSeconds:0} s of each (not counted)");
        await RunAsync(host, clerks, WarmUp, (sp, clerk) => TrivialWriteAsync(sp, ct));
        var warm = await RunAsync(host, clerks, WarmUp, (sp, clerk) => ApproveAsync(sp, clerk, queue, ct));
        BenchReport.Phase($"approvals/{engine}: baseline, one INSERT per movement, {clients} clerks for {duration.TotalSeconds:0} s");
        var baseline = await RunAsync(host, clerks, duration, (sp, clerk) => TrivialWriteAsync(sp, ct));
        BenchReport.Phase($"approvals/{engine}: approvals, {clients} clerks for {duration.TotalSeconds:0} s");
        var approvals = await RunAsync(host, clerks, duration, (sp, clerk) => ApproveAsync(sp, clerk, queue, ct));

        BenchReport.Phase($"approvals/{engine}: counting the approvals and verifying the ledger");
        var stored = await host.InScope(sp => sp.GetRequiredService<GrantsDbContext>().Requests
            .CountAsync(r => projectIds.Contains(r.ProjectId) && r.Status == RequestStatus.Approved, ct));
        var (verification, verifyTime) = await BenchFunds.VerifyAsync(database, ct);
        var answered = warm.Outcomes.GetValueOrDefault(ApprovalOutcome.Approved) + approvals.Outcomes.GetValueOrDefault(ApprovalOutcome.Approved);
        return ApprovalsReport.Build(engine, clients, duration, baseline, approvals,
            new ApprovalsCheck(answered, stored, BenchFunds.Outcome(verification), verifyTime));
    }

    /// <summary>The first (and, below the threshold, final) approval exactly as POST /review/approve/{id} runs it, as this clerk.</summary>
    private static async Task<ApprovalOutcome> ApproveAsync(IServiceProvider sp, BenchClerk clerk, ConcurrentQueue<int> queue, CancellationToken ct)
    {
        if (!queue.TryDequeue(out var id))
        {
            return ApprovalOutcome.Empty;
        }

        try
        {
            await ActivatorUtilities.CreateInstance<ReviewHandler>(sp, (ICurrentUser)clerk).ApproveAsync(id, second: false, ct);
            return ApprovalOutcome.Approved;
        }
        catch (DomainRuleException)
        {
            return ApprovalOutcome.Refused;
        }
    }

    private static async Task<ApprovalOutcome> TrivialWriteAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<GrantsDbContext>();
        var sha = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        await db.InMovementAsync(async ct => await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "StoredFiles" ("Sha256", "Size", "ContentType", "UploadedAt", "UploadedBy") VALUES ({sha}, 0, 'application/octet-stream', {DateTimeOffset.UtcNow}, 'bench')""",
            ct), ct);
        return ApprovalOutcome.Written;
    }

    /// <summary>Each clerk loops until the time is up (at least once), every operation in a scope of its own.</summary>
    private static async Task<ClerkRun> RunAsync(IHost host, List<BenchClerk> clerks, TimeSpan duration, Func<IServiceProvider, BenchClerk, Task<ApprovalOutcome>> work)
    {
        var clock = Stopwatch.StartNew();
        var perClerk = await Task.WhenAll(clerks.Select(clerk => Task.Run(async () =>
        {
            var samples = new List<(double Ms, ApprovalOutcome Outcome)>();
            var own = Stopwatch.StartNew();
            do
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await host.InScope(sp => work(sp, clerk));
                samples.Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, outcome));
            }
            while (own.Elapsed < duration);

            return samples;
        })));
        clock.Stop();
        var all = perClerk.SelectMany(s => s).Where(s => s.Outcome != ApprovalOutcome.Empty).ToList();
        return new ClerkRun([.. all.Select(s => s.Ms).Order()], all.GroupBy(s => s.Outcome).ToDictionary(g => g.Key, g => g.Count()), clock.Elapsed);
    }
}
