using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Seeding;

/// <summary>
/// The demo county's quarterly assessment, through the domain: version 1 of every category's rubric from 2026Q1, a
/// version 2 for farming villages from 2026Q3 (a sixth criterion, 集体经济), and complete scorecards of every pilot
/// community for 2026Q2 and 2026Q3 — the last full quarter before the demo's today — entered by the demo assessor and
/// not locked, so a newcomer can close and settle 2026Q3 at once. In 2026Q3 about a fifth of the pilots reach 90,
/// most reach 75, and some stay below 75, a few of them for the second quarter in a row (the interview notice).
/// Its own random seed, so the rest of the county stays as it was.
/// </summary>
internal sealed class DemoAssessment(GrantsDbContext db)
{
    public static readonly Quarter FirstQuarter = new(DemoFunds.FiscalYear, 1);
    public static readonly Quarter Previous = new(DemoFunds.FiscalYear, 2);
    public static readonly Quarter Last = new(DemoFunds.FiscalYear, 3);

    private const string DefinedBy = "admin";
    private const string Assessor = "assessor";
    private const decimal ResidentsWeight = 20m;
    private const int BatchSize = 500;

    private static readonly CriterionSpec[] Version1 =
    [
        new("人居环境", 25m, 20m), new("群众参与", 20m, 16m), new("项目进度", 20m, 16m), new("资金规范", 20m, 16m), new("文化润心", 15m, 12m),
    ];

    private static readonly CriterionSpec[] FarmingVersion2 =
    [
        new("人居环境", 25m, 20m), new("群众参与", 15m, 12m), new("项目进度", 20m, 16m), new("资金规范", 20m, 16m), new("文化润心", 10m, 8m),
        new("集体经济", 10m, 8m),
    ];

    private readonly Random random = new(DemoFunds.FiscalYear + 6);

    public async Task<int> SeedAsync(IProgress<string>? progress, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var rubrics = Enum.GetValues<CommunityCategory>()
            .Select(c => new Rubric(c, 1, FirstQuarter, ResidentsWeight, Version1, DefinedBy, At(new DateOnly(2026, 1, 5), 10)))
            .Append(new Rubric(CommunityCategory.FarmingVillage, 2, Last, ResidentsWeight, FarmingVersion2, DefinedBy, At(new DateOnly(2026, 6, 22), 15)))
            .ToList();
        db.Rubrics.AddRange(rubrics);
        await SaveAsync(ct);

        var book = new RubricBook(rubrics);
        var pilots = await db.Communities.AsNoTracking().Where(c => c.IsPilot).OrderBy(c => c.Id).ToListAsync(ct);
        var (previous, last) = Profiles(pilots.Count);
        var cards = 0;
        foreach (var (quarter, profile, enteredFrom) in new[] { (Previous, previous, new DateOnly(2026, 7, 6)), (Last, last, new DateOnly(2026, 10, 12)) })
        {
            for (var i = 0; i < pilots.Count; i++)
            {
                var community = pilots[i];
                db.Scorecards.Add(Scorecard(community, quarter, book.For(community.Category, quarter), profile[i], enteredFrom));
                if (++cards % BatchSize == 0)
                {
                    await SaveAsync(ct);
                    progress?.Report($"assessment: scorecards {cards}");
                }
            }
        }

        await SaveAsync(ct);
        db.ChangeTracker.Clear();
        progress?.Report($"assessment: rubrics {rubrics.Count}, scorecards {cards}");
        return cards;
    }

    private enum Standing
    {
        Advanced,
        Effective,
        Ordinary,
    }

    /// <summary>
    /// Who stands where, by a shuffled order: in the last quarter a fifth advanced and 22% ordinary; a third of those
    /// ordinary were ordinary the quarter before too; the rest of the quarter before differs, so some cards come down.
    /// </summary>
    private (Standing[] Previous, Standing[] Last) Profiles(int count)
    {
        var order = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
        var advanced = (int)Math.Round(count * 0.20);
        var ordinary = (int)Math.Round(count * 0.22);
        var twice = (int)Math.Round(ordinary / 3.0);
        var previous = new Standing[count];
        var last = new Standing[count];
        for (var rank = 0; rank < count; rank++)
        {
            var i = order[rank];
            last[i] = rank < advanced ? Standing.Advanced : rank >= count - ordinary ? Standing.Ordinary : Standing.Effective;
            previous[i] = rank >= count - twice ? Standing.Ordinary
                : rank % 6 == 3 && last[i] != Standing.Ordinary ? Standing.Ordinary // improved since: the card comes down
                : rank % 5 == 0 ? Standing.Advanced
                : Standing.Effective;
        }

        return (previous, last);
    }

    private Scorecard Scorecard(Community community, Quarter quarter, Rubric rubric, Standing standing, DateOnly enteredFrom)
    {
        // The share of every maximum the community earns: the composite lands near 100 × this.
        var level = standing switch
        {
            Standing.Advanced => Between(0.925, 0.975),
            Standing.Effective => Between(0.775, 0.88),
            _ => Between(0.58, 0.72),
        };
        var at = At(DemoRequestSteps.Workday(enteredFrom.AddDays(random.Next(0, 12))), 9 + random.Next(0, 8));
        var card = new Scorecard(community, quarter, rubric, Assessor, at);
        foreach (var criterion in rubric.Criteria)
        {
            // Assessors give whole and half points.
            var points = Math.Round(criterion.MaxPoints * (decimal)Math.Clamp(level + Between(-0.04, 0.04), 0, 1) * 2m, MidpointRounding.AwayFromZero) / 2m;
            card.Score(criterion.Name, points, Assessor, at);
        }

        foreach (var group in Enum.GetValues<ResidentGroup>())
        {
            var surveyed = random.Next(20, 61);
            var satisfied = (int)Math.Round(surveyed * Math.Clamp(level + Between(-0.05, 0.05), 0.3, 1));
            card.RecordSatisfaction(group, satisfied, surveyed, Assessor, at);
        }

        card.Complete(Assessor, at);
        return card;
    }

    private double Between(double from, double to) => from + (random.NextDouble() * (to - from));

    /// <summary>China time on that day, stored in UTC.</summary>
    private static DateTimeOffset At(DateOnly day, int hour) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    // The seeder turns automatic change detection off for speed; detect here before saving.
    private async Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
