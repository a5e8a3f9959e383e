using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using static Grants.Infrastructure.Seeding.DemoOutcome;

namespace Grants.Infrastructure.Seeding;

internal sealed record DemoRequestsSeeded(int Requests, int JournalEntries);

/// <summary>Where a demo request ends up; each gets there through the domain's own steps.</summary>
internal enum DemoOutcome
{
    Paid,
    PaidInCash,
    PaidAfterReturn,
    Approved,
    FirstApproved,
    Rejected,
    Returned,
    Resubmitted,
    Submitted,
    Draft,
    DraftIncomplete,
}

/// <summary>
/// The demo's disbursement requests (报账), so the review queue is alive on a first run: every project in works or
/// accepted gets a handful, filed by its township's accountant and reviewed by the clerk (and the approver above the
/// threshold), in every state — paid over the summer and autumn, the rest waiting in November. Amounts are shares of
/// what the tranche plan and each source still allow, counting the requests already waiting, so every one of them
/// could still be approved. Its own random seed; all dates are fixed days of 2026.
/// </summary>
internal sealed class DemoRequests(GrantsDbContext db, FileStore store)
{
    /// <summary>The demo's last working day (a Friday): what is waiting was filed in the weeks before it.</summary>
    private static readonly DateOnly Today = new(DemoFunds.FiscalYear, 11, 27);

    private static readonly DemoOutcome[][] Scripts =
    [
        [Paid, PaidInCash, Paid, Rejected, Approved, FirstApproved, Draft],
        [Paid, PaidAfterReturn, FirstApproved, Returned, Submitted, DraftIncomplete],
        [PaidInCash, Paid, Paid, Approved, Resubmitted, Rejected, Draft],
        [Paid, Paid, FirstApproved, Submitted, Returned, DraftIncomplete],
        [Paid, PaidAfterReturn, PaidInCash, FirstApproved, Approved, Submitted, Draft],
    ];

    private readonly Random random = new(DemoFunds.FiscalYear + 2);
    private readonly DemoRequestSteps steps = new(new Random(DemoFunds.FiscalYear + 3), new DemoSampleFiles(db, store));
    private int requests;
    private int entries;

    public async Task<DemoRequestsSeeded> SeedAsync(IProgress<string>? progress, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await steps.Files.SaveAsync(ct);
        var townships = await db.Townships.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        var projectIds = await db.Projects.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Status == ProjectStatus.InProgress || p.Status == ProjectStatus.Accepted)
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var filed = 0;
        foreach (var batch in projectIds.Chunk(50))
        {
            var projects = await db.Projects.IgnoreQueryFilters().Include(p => p.Donations).Include(p => p.InKind).AsSplitQuery()
                .Where(p => batch.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
            var made = new List<DisbursementRequest>();
            foreach (var project in projects)
            {
                made.AddRange(await FileAsync(project, townships[project.TownshipId], Scripts[filed++ % Scripts.Length], ct));
            }

            await PostAsync(made, ct);
            progress?.Report($"requests {requests}, journal entries {entries}");
        }

        return new DemoRequestsSeeded(requests, entries);
    }

    private async Task<List<DisbursementRequest>> FileAsync(Project project, string township, DemoOutcome[] script, CancellationToken ct)
    {
        var filer = township switch { "T01" => "accountant1", "T02" => "accountant2", _ => $"accountant-{township}" };
        var waiting = new Dictionary<CashSource, Money>();
        var made = new List<DisbursementRequest>();
        for (var i = 0; i < script.Length; i++)
        {
            var (paidBefore, paid) = (script.Take(i).Count(IsPaid), script.Count(IsPaid));
            if (Size(project, script[i], paid - paidBefore, waiting) is not var (outcome, source, amount))
            {
                continue;
            }

            var voucher = new DemoVoucher(township, filer, FiledOn(project, outcome, paidBefore, paid), source, amount, made.Count + 1);
            made.Add(await steps.FileAsync(project, outcome, voucher, Token(), ct));
            if (outcome is not (Rejected or Paid or PaidInCash or PaidAfterReturn or Approved))
            {
                waiting[source] = waiting.GetValueOrDefault(source) + amount;
            }
        }

        return made;
    }

    private async Task PostAsync(List<DisbursementRequest> made, CancellationToken ct)
    {
        db.Requests.AddRange(made);
        await SaveAsync(ct);
        // After the save: an entry names its request's id.
        var posted = made.Where(r => r.Status is RequestStatus.Approved or RequestStatus.Paid).SelectMany(Postings).ToList();
        db.JournalEntries.AddRange(posted);
        await SaveAsync(ct);
        requests += made.Count;
        entries += posted.Count;
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The amount and source of the next request: a share of what is still payable (the tranche cap less what is
    /// paid and waiting), from a source with that much left. A second approval needs more than the threshold, so
    /// where there is not that much room the request simply waits for its first review. Null when nothing is left.
    /// </summary>
    private (DemoOutcome Outcome, CashSource Source, Money Amount)? Size(
        Project project, DemoOutcome outcome, int paidLeft, Dictionary<CashSource, Money> waiting)
    {
        Money Left(CashSource source) => project.RemainingIn(source) - waiting.GetValueOrDefault(source);
        var committed = project.Disbursed + waiting.Values.Total();
        var room = project.PayableCap(TranchePlan.Default) - committed;
        var toAcceptanceLine = TranchePlan.Default.PayableCap(project.Budget.Payable, TrancheStage.WorksCompleted) - committed;
        var accepted = project.TrancheStage == TrancheStage.Accepted;
        var threshold = DisbursementRules.Default.SecondApprovalAbove;
        var wanted = outcome switch
        {
            PaidInCash => Money.FromYuan(random.Next(30, 199) * 10m),
            // An accepted project was paid its instalments before the acceptance, nearly up to that tranche…
            Paid or PaidAfterReturn when accepted => Share(toAcceptanceLine, 90 / paidLeft),
            // …and its next request is the final payment (尾款), past that tranche, so it carries the acceptance record.
            Approved or FirstApproved or Submitted or Resubmitted or Returned when accepted && !toAcceptanceLine.IsNegative =>
                toAcceptanceLine + Share(room - toAcceptanceLine, 60),
            FirstApproved => Share(room, 55),
            Paid or Submitted => Share(room, 30),
            _ => Share(room, 22),
        };
        if (outcome == FirstApproved && wanted <= threshold && Share(room, 90) > threshold)
        {
            wanted = Share(room, 90);
        }

        CashSource[] order = outcome == PaidInCash ? [CashSource.SelfFunding, CashSource.Donations, CashSource.IntegratedFunds] : Preference();
        var source = order.FirstOrDefault(s => Left(s) >= wanted, order.MaxBy(Left));
        wanted = Min(Min(wanted, Left(source)), room);
        outcome = outcome == FirstApproved && wanted <= threshold ? Submitted : outcome;
        var least = outcome == PaidInCash ? Money.FromYuan(100m) : Money.FromYuan(1_000m);
        return wanted >= least ? (outcome, source, wanted) : null;
    }

    /// <summary>Paid requests spread from soon after the start to October; the rest were filed in November.</summary>
    private DateOnly FiledOn(Project project, DemoOutcome outcome, int paidBefore, int paid)
    {
        var start = project.StartedOn!.Value.AddDays(12);
        var (from, to) = outcome switch
        {
            Paid or PaidInCash or PaidAfterReturn => (start, new DateOnly(DemoFunds.FiscalYear, 10, 20)),
            Rejected => (start.AddDays(10), new DateOnly(DemoFunds.FiscalYear, 10, 30)),
            Approved or Resubmitted => (November(2), November(12)),
            FirstApproved => (November(4), November(20)),
            Returned => (November(2), November(18)),
            Submitted => (November(9), Today.AddDays(-2)),
            _ => (November(16), Today.AddDays(-2)),
        };
        var span = to.DayNumber - from.DayNumber;
        var day = IsPaid(outcome)
            ? from.AddDays(span * paidBefore / paid + random.Next(0, Math.Max(1, span / paid / 2)))
            : from.AddDays(random.Next(0, span + 1));
        return DemoRequestSteps.Workday(day);
    }

    private IEnumerable<JournalEntry> Postings(DisbursementRequest request)
    {
        yield return DisbursementPostings.Approval(request, request.ApprovedAt!.Value, request.ApprovedBy!);
        if (request.Status == RequestStatus.Paid)
        {
            yield return DisbursementPostings.Payment(request, request.History[^1].At, request.History[^1].By);
        }
    }

    /// <summary>Mostly the integrated funds; donations and the residents' cash pay their share too.</summary>
    private CashSource[] Preference() => random.Next(10) switch
    {
        < 6 => [CashSource.IntegratedFunds, CashSource.Donations, CashSource.SelfFunding],
        < 8 => [CashSource.Donations, CashSource.IntegratedFunds, CashSource.SelfFunding],
        _ => [CashSource.SelfFunding, CashSource.Donations, CashSource.IntegratedFunds],
    };

    /// <summary>About the given percentage of the room, to ten fen, as invoices are written.</summary>
    private Money Share(Money room, int percent) => Money.FromFen(room.Percent(percent * (0.8m + 0.2m * (decimal)random.NextDouble())).Fen / 10 * 10);

    private Guid Token()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static bool IsPaid(DemoOutcome outcome) => outcome is Paid or PaidInCash or PaidAfterReturn;

    private static DateOnly November(int day) => new(DemoFunds.FiscalYear, 11, day);

    private static Money Min(Money a, Money b) => a <= b ? a : b;

    // The seeder turns automatic change detection off for speed; domain methods change tracked objects, so detect here.
    private async Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
