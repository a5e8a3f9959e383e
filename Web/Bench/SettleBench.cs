using System.Diagnostics;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Settlement;
using Grants.Reports.Notices;
using Grants.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// Settles a county of N graded communities end to end, as `./grants settle --review-as clerk --confirm-as approver`
/// does: the draft, review and confirmation, then the steps of <see cref="SettlementRun.RunAllAsync"/> called one by one
/// so each is timed — payouts township by township, notices by township in parallel, the county files. Against a
/// baseline of the same notices rendered bare (in memory, same parallelism): what the settlement adds to rendering.
/// </summary>
internal static class SettleBench
{
    public const int TargetSeconds = 60;
    public const int WarmUpPerKind = 50;

    public static async Task<BenchSection> RunAsync(int communities, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        // No rank limit, so the tenth of the county at 90 or more is advanced: both award amounts in volume.
        using var host = CliServices.Build([.. database.HostArgs, "--Grants:Assessment:AdvancedRankLimit=0"]);
        BenchReport.Phase($"settle/{engine}: building a county of {communities:N0} pilot communities (not timed)");
        var build = Stopwatch.StartNew();
        var county = await host.InScope(sp => SettleFixture.BuildAsync(sp, communities, ct));
        if (engine == "postgres")
        {
            // As a settled database would be: analysed, and autovacuum not starting on the fresh rows mid-run.
            await host.InScope(sp => sp.GetRequiredService<GrantsDbContext>().Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct));
        }

        build.Stop();
        // Fonts load and the renderers' code reaches its optimised tier once per process; without this the settle, timed
        // first, would pay it and the baseline not. A cold `./grants settle` pays it too: it is reported beside the figures.
        var warmUp = Stopwatch.StartNew();
        for (var k = 0; k < WarmUpPerKind; k++)
        {
            _ = new AwardNotice(NoticeSamples.Award()).Render();
            _ = new BlackCardNotice(NoticeSamples.BlackCard()).Render();
            _ = new InterviewNotice(NoticeSamples.Interview()).Render();
        }

        warmUp.Stop();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        GC.Collect();
        PeakMemory.Reset();
        var settle = await host.InScope(sp => SettleAsync(sp, county.Quarter, ct));
        var settlePeak = PeakMemory.Mb();
        var outcome = await host.InScope(sp => SettleOutcome.ReadAsync(sp.GetRequiredService<GrantsDbContext>(), settle.SettlementId, ct));
        BenchReport.Phase($"settle/{engine}: {outcome.Progress.Status}; verifying the ledger");
        var (verified, verifyTime) = await BenchFunds.VerifyAsync(database, ct);

        BenchReport.Phase($"settle/{engine}: baseline: the same {outcome.Notices:N0} notices rendered bare");
        var bare = await host.InScope(sp => BareNotices.LoadAsync(sp, settle.SettlementId, ct));
        GC.Collect();
        PeakMemory.Reset();
        var (baseline, bareBytes) = BareNotices.Render(bare, ct);
        var barePeak = PeakMemory.Mb();
        BenchReport.Phase($"  {baseline.TotalSeconds:0.0} s, {bareBytes / 1048576.0:0} MB");

        return SettleReport.Section(engine, county, settle, outcome, load, (build.Elapsed, warmUp.Elapsed), settlePeak, (baseline, barePeak),
            $"**{BenchFunds.Outcome(verified)}** (verify took {verifyTime.TotalSeconds:0.00} s)");
    }

    private static async Task<SettleTimes> SettleAsync(IServiceProvider sp, Quarter quarter, CancellationToken ct)
    {
        var db = sp.GetRequiredService<GrantsDbContext>();
        var watch = Stopwatch.StartNew();
        var marks = new List<TimeSpan>();
        void Mark(string what)
        {
            marks.Add(watch.Elapsed);
            BenchReport.Phase($"  {what}: {(marks[^1] - (marks.Count > 1 ? marks[^2] : TimeSpan.Zero)).TotalSeconds:0.0} s, peak {PeakMemory.Mb():0} MB");
        }

        var id = await sp.GetRequiredService<SettlementDrafting>().DraftAsync(quarter, "grants settle", ct);
        Mark("drafted");
        var steps = sp.GetRequiredService<SettlementSteps>();
        await steps.ReviewAsync(id, await VersionAsync(db, id, ct), SettleFixture.Clerk, ct);
        await steps.ConfirmAsync(id, await VersionAsync(db, id, ct), SettleFixture.Approver, ct);
        db.ChangeTracker.Clear();
        Mark("reviewed and confirmed");

        // From here on exactly what RunAllAsync does, step by step.
        var run = sp.GetRequiredService<SettlementRun>();
        await run.PayAsync(id, ct);
        Mark("payouts");
        await run.IssueAllAsync(id, ct);
        Mark("notices");
        await run.WriteCountyFilesAsync(id, ct);
        await SettlementProgress.ForAsync(db, id, ct);
        Mark("county files");
        return new SettleTimes(id, marks);
    }

    private static async Task<int> VersionAsync(GrantsDbContext db, int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Settlements.AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).SingleAsync(ct);
    }
}

/// <summary>Elapsed time at the end of each phase: drafted, reviewed and confirmed, payouts, notices, county files.</summary>
internal sealed record SettleTimes(int SettlementId, IReadOnlyList<TimeSpan> Marks)
{
    public TimeSpan Total => Marks[^1];

    public TimeSpan Phase(int i) => Marks[i] - (i == 0 ? TimeSpan.Zero : Marks[i - 1]);
}

/// <summary>What the settlement left in the database: lines by grade, payouts, notices by kind, files and their sizes.</summary>
internal sealed record SettleOutcome(
    SettlementProgress Progress, int Lines, int Advanced, int Effective, int Ordinary, int CardsRemoved, string AwardTotal,
    IReadOnlyDictionary<NoticeKind, int> ByKind, long NoticeBytes, long FileBytes)
{
    public int Notices => ByKind.Values.Sum();

    public static async Task<SettleOutcome> ReadAsync(GrantsDbContext db, int id, CancellationToken ct)
    {
        var progress = await SettlementProgress.ForAsync(db, id, ct);
        var settlement = await db.Settlements.AsNoTracking().SingleAsync(s => s.Id == id, ct);
        var lines = await db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == id).Select(l => new { l.Grade, l.CardRemoved }).ToListAsync(ct);
        var byKind = await db.IssuedNotices.Where(n => n.SettlementId == id).GroupBy(n => n.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var noticeBytes = await db.IssuedNotices.Where(n => n.SettlementId == id)
            .Join(db.StoredFiles, n => n.Sha256, f => f.Sha256, (_, f) => f.Size).SumAsync(ct);
        var fileBytes = await db.SettlementFiles.Where(f => f.SettlementId == id).SumAsync(f => f.Size, ct);
        int Graded(Grade grade) => lines.Count(l => l.Grade == grade);
        return new SettleOutcome(progress, lines.Count, Graded(Grade.Advanced), Graded(Grade.Effective), Graded(Grade.Ordinary),
            lines.Count(l => l.CardRemoved), settlement.AwardTotal.ToString(), byKind, noticeBytes, fileBytes);
    }
}

/// <summary>The section the settle bench records.</summary>
internal static class SettleReport
{
    private static readonly string[] PhaseNames =
        ["draft (close the quarter, grade, store the lines)", "review as clerk + confirm as approver", "payouts (by township)", "notices (by township, parallel)", "county files"];

    public static BenchSection Section(string engine, SettleCounty county, SettleTimes times, SettleOutcome outcome, string load,
        (TimeSpan Build, TimeSpan WarmUp) untimed, double settlePeak, (TimeSpan Elapsed, double PeakMb) baseline, string verified)
    {
        var total = times.Total.TotalSeconds;
        var bare = baseline.Elapsed.TotalSeconds;
        int?[] items = [outcome.Lines, null, outcome.Progress.PayoutsMade, outcome.Notices, outcome.Progress.FilesWritten];
        string Share(double s) => $"{s / total:0%}";
        string PerItem(double s, int? n) => n is > 0 ? BenchTable.Number(s * 1000 / n.Value, 2) : "-";
        var rows = PhaseNames.Select((name, i) => (IReadOnlyList<string>)
        [
            name, BenchTable.Number(times.Phase(i).TotalSeconds, 2), Share(times.Phase(i).TotalSeconds), items[i]?.ToString("N0", null) ?? "-",
            PerItem(times.Phase(i).TotalSeconds, items[i]), i == 3 ? BenchTable.Number(times.Phase(i).TotalSeconds / bare, 2) : "-", "-",
        ]).ToList();
        rows.Add(["settle, end to end", BenchTable.Number(total, 2), "100%", "-", "-", BenchTable.Number(total / bare, 2), BenchTable.Number(settlePeak, 0)]);
        rows.Add(["same notices rendered bare (baseline)", BenchTable.Number(bare, 2), Share(bare), outcome.Notices.ToString("N0", null),
            PerItem(bare, outcome.Notices), "1.00", BenchTable.Number(baseline.PeakMb, 0)]);
        var table = BenchTable.Render(["phase", "seconds", "share", "items", "ms/item", "÷ baseline", "peak RSS MB"], rows);

        var kinds = string.Join(", ", outcome.ByKind.OrderBy(k => k.Key).Select(k => $"{k.Value:N0} {k.Key}"));
        var notices = times.Phase(3).TotalSeconds;
        var verdict = total < SettleBench.TargetSeconds ? "**within**" : "**OUTSIDE**";
        var text = $"Settling {county.Communities:N0} communities took **{total:0.0} s** end to end, {verdict} the {SettleBench.TargetSeconds} s target, " +
            $"peak RSS {settlePeak:0} MB; status {outcome.Progress.Status}, payouts {outcome.Progress.PayoutsMade:N0}/{outcome.Progress.PayoutsExpected:N0} " +
            $"({outcome.AwardTotal}), notices {outcome.Progress.NoticesIssued:N0}/{outcome.Progress.NoticesExpected:N0} ({kinds}; " +
            $"{outcome.NoticeBytes / 1048576.0:0.0} MB of PDFs, {outcome.NoticeBytes / 1024.0 / Math.Max(1, outcome.Notices):0} KB each), " +
            $"county files {outcome.Progress.FilesWritten}/{outcome.Progress.FilesExpected} ({outcome.FileBytes / 1048576.0:0.0} MB). " +
            $"Grades: {outcome.Advanced:N0} advanced, {outcome.Effective:N0} effective, {outcome.Ordinary:N0} ordinary, {outcome.CardsRemoved:N0} cards removed. " +
            $"The notices take {notices / total:0%} of the time; rendering the same notices bare takes {bare:0.0} s, so the notice step spends " +
            $"{Math.Max(0, notices - bare):0.0} s ({notices / bare:0.00}×) on facts, the file store and the rows, and the whole settlement is " +
            $"{total / bare:0.00}× bare rendering. Ledger after the run: {verified}. Not timed: building the county, {untimed.Build.TotalSeconds:0} s; " +
            $"warming the renderers up ({SettleBench.WarmUpPerKind} notices of each kind), {untimed.WarmUp.TotalSeconds:0.0} s — a cold process pays about that on top.";
        return new BenchSection("settle", engine,
            $"{county.Communities:N0} pilot communities in {county.Townships:N0} townships ({SettleFixture.CommunitiesPerTownship} each), every one with a complete " +
            $"{county.Quarter} scorecard (drawn {county.Advanced:N0} from 90, {county.Effective:N0} from 75, {county.Ordinary:N0} below), {county.CardsBefore:N0} " +
            $"with an ordinary card the quarter before; two rubrics; no advanced rank limit (AdvancedRankLimit=0); award reserve {county.Reserve}; " +
            $"RunAllAsync's steps timed one by one, notices {SettlementRun.NoticeLanes} townships at a time; load average {load} when the settle started; " +
            "baseline after the settle, in the same process",
            table, text);
    }
}
