using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Seeding;

internal sealed record DemoCommunity(int Id, string Name, IReadOnlyList<(int Id, string Name)> Hamlets);

internal sealed record DemoTownship(int Id, IReadOnlyList<DemoCommunity> Communities);

internal sealed record DemoFundsSeeded(int Pools, int Projects, int JournalEntries);

/// <summary>
/// The demo county's money, all through the domain: last year's pool, which funded one project per township and
/// carries its balance forward; this year's pool with receipts from every level; a reservation for the quarterly
/// awards; and about three projects per township, most of them with an allocation, each brought to a stage of its
/// lifecycle with a budget from every source (<see cref="DemoProjects"/>). Each movement is saved first and
/// then its journal entry (which names the movement's id), inside the seeder's one transaction, so the books balance.
/// </summary>
internal sealed class DemoFunds(GrantsDbContext db)
{
    /// <summary>The demo's current fiscal year: a constant, so the same county is seeded whatever today's date.</summary>
    public const int FiscalYear = 2026;

    /// <summary>The demo finance clerk posts the demo's entries.</summary>
    private const string PostedBy = "clerk";

    private readonly Random random = new(FiscalYear);
    private readonly DemoProjects lifecycle = new();
    private int projects;
    private int entries;

    public async Task<DemoFundsSeeded> SeedAsync(
        IReadOnlyList<DemoTownship> townships, int scale, IProgress<string>? progress, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var last = new FundingPool(FiscalYear - 1, $"{FiscalYear - 1}年共同缔造以奖代补资金");
        var current = new FundingPool(FiscalYear, $"{FiscalYear}年共同缔造以奖代补资金");
        db.Pools.AddRange(last, current);
        await SaveAsync(ct);
        db.ChangeTracker.Clear();
        await ReceiveAsync(last.Id, DemoFundsCatalogue.LastYearReceipts(last.FiscalYear), scale, ct);
        await ReceiveAsync(current.Id, DemoFundsCatalogue.Receipts(current.FiscalYear), scale, ct);
        foreach (var township in townships)
        {
            await FundProjectsAsync(township, last.Id, current.Id, ct);
            progress?.Report($"funds: projects {projects}, journal entries {entries}");
        }

        await CloseLastYearAsync(last.Id, current.Id, scale, ct);
        return new DemoFundsSeeded(2, projects, entries);
    }

    private async Task ReceiveAsync(int poolId, IReadOnlyList<DemoReceipt> templates, int scale, CancellationToken ct)
    {
        var pool = await db.Pools.SingleAsync(p => p.Id == poolId, ct);
        var receipts = Enumerable.Range(1, scale)
            .SelectMany(copy => templates.Select(t =>
                pool.RecordReceipt(t.Level, t.CatalogueLine, t.DocumentNumber(copy), t.On, Money.FromYuan(t.Yuan))))
            .ToList();
        await SaveAsync(ct);
        await PostAsync(receipts.Select(r => PoolPostings.Receipt(r, PostedAt(r.ReceivedOn), PostedBy)), ct);
    }

    /// <summary>About three projects for the township; its first was started last year, most get money this year.</summary>
    private async Task FundProjectsAsync(DemoTownship township, int lastId, int currentId, CancellationToken ct)
    {
        var list = township.Communities.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).Select(c => NewProject(township, c)).ToList();
        db.Projects.AddRange(list);
        await SaveAsync(ct);
        projects += list.Count;

        var last = await db.Pools.SingleAsync(p => p.Id == lastId, ct);
        var current = await db.Pools.SingleAsync(p => p.Id == currentId, ct);
        var allocations = new List<PoolAllocation> { Allocate(last, list[0], Amount(150, 250), Day(last.FiscalYear, 4, 9)) };
        foreach (var project in list.Where(_ => random.NextDouble() < 0.8))
        {
            var amount = Amount(60, 360);
            // A township that comes after the pool has run dry waits for next year's money, as in real life.
            if (amount <= current.Available)
            {
                allocations.Add(Allocate(current, project, amount, Day(current.FiscalYear, 3, 6)));
            }
        }

        // After the allocations, so the integrated funds are in the budget that the co-financing rules approve.
        list.ForEach(project => lifecycle.Develop(project, fundedLastYear: project == list[0]));
        await SaveAsync(ct);
        await PostAsync(allocations.Select(a => PoolPostings.Allocation(a, PostedAt(a.AllocatedOn), PostedBy)).Concat(list.SelectMany(BudgetPostings)), ct);
    }

    private async Task CloseLastYearAsync(int lastId, int currentId, int scale, CancellationToken ct)
    {
        var last = await db.Pools.SingleAsync(p => p.Id == lastId, ct);
        var current = await db.Pools.SingleAsync(p => p.Id == currentId, ct);
        var balance = last.CarryForwardTo(current);
        var awards = Money.FromYuan(DemoFundsCatalogue.QuarterlyAwardsYuan * scale);
        awards = awards <= current.Available ? awards : current.Available;
        var awardsOn = new DateOnly(current.FiscalYear, 4, 30);
        current.Reserve(awards, awardsOn);
        await SaveAsync(ct);
        await PostAsync(
        [
            PoolPostings.CarryForward(last, current, balance, PostedAt(new DateOnly(current.FiscalYear, 1, 1)), PostedBy),
            PoolPostings.Reservation(current, awards, awardsOn, PostedAt(awardsOn), PostedBy),
        ], ct);
    }

    /// <summary>The cash the residents and donors put in, booked when the budget was drawn up (before its notice).</summary>
    private static IEnumerable<JournalEntry> BudgetPostings(Project project)
    {
        var budgetedOn = project.NoticeStartedOn ?? new DateOnly(FiscalYear, 11, 20);
        foreach (var donation in project.Donations)
        {
            yield return ProjectPostings.Donation(donation, PostedAt(donation.DonatedOn), PostedBy);
        }

        if (ProjectPostings.SelfFunding(project, project.SelfFundingCash, budgetedOn, PostedAt(budgetedOn), PostedBy) is { } selfFunding)
        {
            yield return selfFunding;
        }
    }

    private Project NewProject(DemoTownship township, DemoCommunity community)
    {
        var line = DemoFundsCatalogue.CatalogueLines[random.Next(DemoFundsCatalogue.CatalogueLines.Length)];
        (int Id, string Name)? unit = community.Hamlets.Count > 0 && random.NextDouble() < 0.4 ? community.Hamlets[random.Next(community.Hamlets.Count)] : null;
        return new Project(township.Id, community.Id, unit?.Id, $"{community.Name}{unit?.Name}{line}", line);
    }

    private static PoolAllocation Allocate(FundingPool pool, Project project, Money amount, DateOnly on)
    {
        var allocation = pool.Allocate(project.Id, amount, on, $"{project.Name} 以奖代补整合资金");
        project.ReceiveAllocation(amount);
        return allocation;
    }

    /// <summary>A round amount between the bounds, in thousands of yuan, as budgets are drawn up.</summary>
    private Money Amount(int fromThousand, int toThousand) => Money.FromYuan(random.Next(fromThousand, toThousand + 1) * 1_000m);

    /// <summary>A working day from the first of one month to the end of another.</summary>
    private DateOnly Day(int year, int fromMonth, int toMonth)
    {
        var first = new DateOnly(year, fromMonth, 1);
        var day = first.AddDays(random.Next(new DateOnly(year, toMonth, 1).AddMonths(1).DayNumber - first.DayNumber));
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }

    /// <summary>Posted at 09:30 China time on the booking date, so the demo journal is the same on every machine.</summary>
    private static DateTimeOffset PostedAt(DateOnly on) => new(on.ToDateTime(new TimeOnly(1, 30)), TimeSpan.Zero);

    private async Task PostAsync(IEnumerable<JournalEntry> posted, CancellationToken ct)
    {
        var list = posted.ToList();
        db.JournalEntries.AddRange(list);
        await SaveAsync(ct);
        entries += list.Count;
        db.ChangeTracker.Clear();
    }

    // The seeder turns automatic change detection off for speed; domain methods change tracked objects, so detect here.
    private async Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
