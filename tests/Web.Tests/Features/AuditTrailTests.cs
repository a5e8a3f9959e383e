using System.Net;
using Grants.Domain.Audit;
using Grants.Domain.Disbursements;
using Grants.Domain.Pools;
using Grants.Infrastructure.Audit;
using Grants.Web.Hosting;
using Grants.Web.Jobs;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Grants.Web.Tests.Features.AuditTrailKit;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Every change of state lands in the audit trail — who, from where, doing what, before → after — and only committed ones do.</summary>
public abstract class AuditTrailTests(GrantsApp app)
{
    [Fact]
    public async Task A_pool_receipt_posted_through_the_page_is_recorded_with_actor_address_request_and_values()
    {
        using var clerk = app.NewClient();
        // As the county's load balancer would send it; the app trusts it from loopback only.
        clerk.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        await clerk.SignInAs("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("审计资金池"));

        await clerk.RecordReceiptAsync(poolId, "1,234.56", document: "鄂财审〔2026〕1号");

        var receipt = Assert.Single(await app.RecordsAsync(r => r.EntityType == "PoolReceipt" && r.Changes!.Contains("鄂财审〔2026〕1号")));
        Assert.Equal((AuditActions.Added, "clerk", $"POST /pools/receipt/{poolId}"), (receipt.Action, receipt.Actor, receipt.Operation));
        Assert.Equal("203.0.113.7", receipt.Address);
        Assert.Equal("1234.56", Value(receipt, "Amount"));
        Assert.Equal(Id(poolId), Value(receipt, "PoolId"));
        var pool = (await app.RecordsAsync(r => r.EntityType == "FundingPool" && r.EntityId == Id(poolId))).ToList();
        Assert.Equal([AuditActions.Added, AuditActions.Modified], pool.Select(r => r.Action));
        Assert.Equal(("0.00", "1234.56"), Change(pool[1], "Received"));
        Assert.Equal(receipt.At, pool[1].At);
        var entry = Assert.Single(await app.RecordsAsync(r => r.EntityType == "JournalEntry" && r.Changes!.Contains($"\"pool-receipt:{receipt.EntityId}\"")));
        Assert.Equal("clerk", entry.Actor);
        await app.AssertAuditVerifiesAsync();
    }

    [Fact]
    public async Task A_disbursement_approval_records_the_status_before_and_after_and_the_approver()
    {
        var projectId = await app.PayableProjectAsync(DemoData.OwnTownship, ProjectsKit.UniqueName("审计报账"));
        var id = await app.SubmittedRequestAsync(projectId, 120_000m); // above the single-approval limit: two approvals
        var clerk = await app.SignedIn("clerk");
        var approver = await app.SignedIn("approver");

        await clerk.DoRequestAsync($"/review/approve/{id}", []);
        await approver.DoRequestAsync($"/review/approve/{id}", []);

        var changes = (await app.RecordsAsync(r => r.EntityType == nameof(DisbursementRequest) && r.EntityId == Id(id) && r.Action == AuditActions.Modified))
            .Where(r => r.Changes!.Contains("\"Status\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, changes.Count); // the request was added already submitted
        Assert.Equal(("clerk", $"POST /review/approve/{id}"), (changes[0].Actor, changes[0].Operation));
        Assert.Equal(("\"Submitted\"", "\"FirstApproved\""), Change(changes[0], "Status"));
        Assert.Equal(("approver", $"POST /review/approve/{id}"), (changes[1].Actor, changes[1].Operation));
        Assert.Equal(("\"FirstApproved\"", "\"Approved\""), Change(changes[1], "Status"));
        Assert.Contains(await app.RecordsAsync(r => r.EntityType == "JournalEntry" && r.Action == AuditActions.Added && r.Actor == "approver"),
            r => r.Changes!.Contains($"\"disbursement:{id}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_sign_ins_are_recorded_with_the_name_tried_and_never_the_password()
    {
        var user = await app.CreateUserAsync("audit-signin", "Audit-Signin-2026!");
        var unknown = $"nobody-{Guid.NewGuid():N}"[..20];
        using var client = app.NewClient();

        using (await client.TrySignIn(unknown, "Secret-Guess-1")) { }
        using (await client.TrySignIn(user, "Secret-Guess-2")) { }
        using (await client.TrySignIn(user, "Audit-Signin-2026!")) { }

        var failedUnknown = Assert.Single(await app.RecordsAsync(r => r.Actor == unknown));
        Assert.Equal((AuditActions.SignInFailed, "AppUser", null), (failedUnknown.Action, failedUnknown.EntityType, failedUnknown.EntityId));
        Assert.Equal("\"UnknownUser\"", Value(failedUnknown, "Reason"));
        Assert.Equal("POST /account/signin", failedUnknown.Operation);
        var events = (await app.RecordsAsync(r => r.Actor == user)).Where(r => r.EntityType == "AppUser" && r.Changes!.Contains("UserName")).ToList();
        Assert.Equal([AuditActions.SignInFailed, AuditActions.SignedIn], events.Where(r => !EntityActions.Contains(r.Action)).Select(r => r.Action));
        Assert.Equal("\"WrongPassword\"", Value(events.First(r => r.Action == AuditActions.SignInFailed), "Reason"));
        Assert.Empty(await app.RecordsAsync(r => r.Changes!.Contains("Secret-Guess") || r.Changes!.Contains("Audit-Signin-2026!")));
        var counted = await app.RecordsAsync(r => r.EntityType == "AppUser" && r.Action == AuditActions.Modified && r.Actor == HttpAuditActor);
        Assert.Contains(counted, r => r.Changes!.Contains("\"AccessFailedCount\":[0,1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_fifth_wrong_password_is_recorded_as_a_lockout()
    {
        var user = await app.CreateUserAsync("audit-lockout", "Audit-Lockout-2026!");
        using var client = app.NewClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using (await client.TrySignIn(user, "Wrong-" + attempt)) { }
        }

        var events = (await app.RecordsAsync(r => r.Actor == user && r.EntityType == "AppUser")).Where(r => !EntityActions.Contains(r.Action)).ToList();
        Assert.Equal([.. Enumerable.Repeat(AuditActions.SignInFailed, 4), AuditActions.LockedOut], events.Select(r => r.Action));
        var userId = events[^1].EntityId;
        Assert.Contains(await app.RecordsAsync(r => r.EntityType == "AppUser" && r.Action == AuditActions.Modified && r.EntityId == userId),
            r => r.Changes!.Contains("\"LockoutEnd\":[null,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_out_is_recorded_for_the_user_who_signed_out()
    {
        var user = await app.CreateUserAsync("audit-signout", "Audit-Signout-2026!");
        using var client = app.NewClient();
        await client.SignInAs(user, "Audit-Signout-2026!");

        using (await client.PostForm("/", "form[action='/account/signout']", new Dictionary<string, string>())) { }

        var signedOut = Assert.Single(await app.RecordsAsync(r => r.Action == AuditActions.SignedOut && r.Actor == user));
        Assert.Equal("POST /account/signout", signedOut.Operation);
    }

    [Fact]
    public async Task A_rolled_back_an_abandoned_and_a_failed_save_leave_no_record_and_do_not_ride_along_with_the_next_commit()
    {
        var head = await app.AuditHeadAsync();
        var name = UniqueName("未提交池");
        await app.InDb(async db =>
        {
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                db.Pools.Add(new FundingPool(Year, name + "-回滚"));
                await db.SaveChangesAsync();
                await rolledBack.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            await using (await db.Database.BeginTransactionAsync())
            {
                db.Pools.Add(new FundingPool(Year, name + "-放弃"));
                await db.SaveChangesAsync();
                // Disposed without a commit: the database rolls it back, and no commit hook of EF sees it end.
            }

            db.ChangeTracker.Clear();
            db.Pools.Add(new FundingPool(Year, name + "-提交"));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            db.Pools.Add(new FundingPool(Year, name + "-提交")); // the same year and name: refused by the unique index
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.Pools.Add(new FundingPool(Year, name + "-再提交"));
            await db.SaveChangesAsync();
            return 0;
        });

        var since = await app.RecordsAsync(r => r.Sequence > head && r.EntityType == nameof(FundingPool) && r.Changes!.Contains(name));
        Assert.Equal([name + "-提交", name + "-再提交"], since.Select(r => System.Text.Json.JsonDocument.Parse(r.Changes!).RootElement.GetProperty("Name").GetString()));
        Assert.All(since, r => Assert.Equal((AuditActions.Added, "system", "cli"), (r.Action, r.Actor, r.Operation)));
        await app.AssertAuditVerifiesAsync();
    }

    [Fact]
    public async Task Twenty_receipts_committed_in_parallel_give_a_gapless_valid_chain()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("并发审计池"));
        var head = await app.AuditHeadAsync();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => clerk.RecordReceiptAsync(poolId, $"{i}.00", document: $"并发{i}号")));

        var receipts = await app.RecordsAsync(r => r.Sequence > head && r.EntityType == "PoolReceipt" && r.Changes!.Contains($"\"PoolId\":{poolId},"));
        Assert.Equal(20, receipts.Count);
        var sequences = await app.InDb(db => db.AuditRecords.Where(r => r.Sequence > head).Select(r => r.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(0, sequences.Count).Select(i => head + 1 + i), sequences);
        await app.AssertAuditVerifiesAsync();
    }

    [Fact]
    public void A_background_job_names_itself_in_the_trail()
    {
        var activator = Assert.IsType<AuditedJobActivator>(app.Services.GetRequiredService<JobActivator>());
        var job = Job.FromExpression<SettlementJobs>(j => j.ResumeAsync(CancellationToken.None));

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        using var scope = activator.BeginScope(new JobActivatorContext(connection, new BackgroundJob("1", job, DateTime.UtcNow), new JobCancellationToken(false)));
        var context = (IAuditContext)scope.Resolve(typeof(IAuditContext));

        Assert.Equal((AuditOperation.System, null, "job SettlementJobs.ResumeAsync"), (context.Actor, context.Address, context.Operation));
    }

    private const string HttpAuditActor = HttpAuditContext.Anonymous;
}

[Collection(OnSqlite.Name)]
public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests(app);

[Collection(OnPostgres.Name)]
public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app);
