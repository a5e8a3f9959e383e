using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Settlement;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Jobs;

/// <summary>
/// The settlement's background jobs. Hangfire delivers at least once — retries, a second worker, a job still running
/// when its retry starts — so every job only calls steps that read the database before they act and are backed by
/// unique keys (see <see cref="SettlementRun"/>): running any of them twice changes nothing.
/// Batched by township, not by document: durable job storage manages about a hundred jobs a second.
/// </summary>
public sealed class SettlementJobs(GrantsDbContext db, SettlementDrafting drafting, SettlementRun run, IBackgroundJobClient jobs, TimeProvider clock, ILogger<SettlementJobs> log)
{
    public const string OpenDraftJob = "settlement-open-draft";
    public const string ResumeJob = "settlement-resume";

    /// <summary>China Standard Time, UTC+8 all year: built here rather than looked up, so no tz database is needed.</summary>
    public static readonly TimeZoneInfo China = TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public static void Schedule(IRecurringJobManager recurring)
    {
        // 02:00 on the first day of each quarter, China time: the quarter just ended gets its draft.
        recurring.AddOrUpdate<SettlementJobs>(OpenDraftJob, j => j.OpenLastQuarterAsync(CancellationToken.None), "0 2 1 1,4,7,10 *", new RecurringJobOptions { TimeZone = China });
        // Confirmed settlements whose jobs were lost (a crash between the confirmation and the enqueue) are picked up again.
        recurring.AddOrUpdate<SettlementJobs>(ResumeJob, j => j.ResumeAsync(CancellationToken.None), "*/10 * * * *", new RecurringJobOptions { TimeZone = China });
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task OpenLastQuarterAsync(CancellationToken ct)
    {
        var quarter = Quarter.Containing(ChinaTime.Today(clock)).Previous;
        try
        {
            await drafting.DraftAsync(quarter, "scheduled", ct);
        }
        catch (DomainRuleException e)
        {
            // Scores still missing or no award pool: the clerk sees the quarter's status and starts the draft later.
            log.LogWarning("The settlement draft of {Quarter} was not made: {Code}", quarter, e.Code);
        }
    }

    public async Task ResumeAsync(CancellationToken ct)
    {
        var unfinished = await db.Settlements.AsNoTracking()
            .Where(s => s.Status == SettlementStatus.Confirmed || s.Status == SettlementStatus.Paid).Select(s => s.Id).ToListAsync(ct);
        unfinished.ForEach(id => jobs.Enqueue<SettlementJobs>(j => j.PayAsync(id, CancellationToken.None)));
    }

    /// <summary>Every payout, township by township; then the documents, one job per township plus one for the county files.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task PayAsync(int settlementId, CancellationToken ct)
    {
        await run.PayAsync(settlementId, ct);
        var status = await db.Settlements.AsNoTracking().Where(s => s.Id == settlementId).Select(s => s.Status).SingleAsync(ct);
        if (status != SettlementStatus.Paid)
        {
            return;
        }

        foreach (var township in await run.TownshipsAsync(settlementId, ct))
        {
            jobs.Enqueue<SettlementJobs>(j => j.IssueTownshipAsync(settlementId, township, CancellationToken.None));
        }

        jobs.Enqueue<SettlementJobs>(j => j.WriteCountyFilesAsync(settlementId, CancellationToken.None));
    }

    [AutomaticRetry(Attempts = 5)]
    public Task IssueTownshipAsync(int settlementId, int townshipId, CancellationToken ct) => run.IssueTownshipAsync(settlementId, townshipId, ct);

    [AutomaticRetry(Attempts = 5)]
    public Task WriteCountyFilesAsync(int settlementId, CancellationToken ct) => run.WriteCountyFilesAsync(settlementId, ct);
}
