using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

public sealed record GradeTotal(Grade Grade, int Communities, Money Award);

public sealed record TownshipTab(int Id, string Code, string Name, int Communities, Money Award);

/// <summary>A criterion column of the table: every criterion the township's rubrics use, by name, with its largest maximum.</summary>
public sealed record CriterionColumn(string Name, decimal MaxPoints);

/// <summary>One community's line of the draft; <see cref="Points"/> follows the columns (null where its rubric has no such criterion).</summary>
public sealed record CommunityRow(
    int CommunityId, int Rank, string Name, CommunityCategory Category, decimal Composite, decimal ResidentsScore, IReadOnlyList<decimal?> Points,
    Grade Grade, Money NominalAward, Money Award, int BlackCardsInARow, bool CardRemoved)
{
    public bool InterviewDue => BlackCardsInARow >= CardStanding.InterviewFrom;
}

/// <summary>Black cards (挂黑牌) hung, interviews (约谈) called and cards taken down (摘牌) this quarter.</summary>
public sealed record CardTotals(int BlackCards, int Interviews, int Removed);

public sealed record SettlementPage(
    QuarterSettlement Settlement, string PoolName, IReadOnlyList<GradeTotal> Grades, CardTotals Cards,
    IReadOnlyList<TownshipTab> Townships, TownshipTab? Township, IReadOnlyList<CriterionColumn> Criteria, IReadOnlyList<CommunityRow> Rows);

/// <summary>
/// The draft as the clerk reviews it: the settlement's facts and totals, and one township's communities with every
/// score that made their grade. The township scope applies to the lines, communities and scorecards, so an accountant
/// reads their own township's part and no other.
/// </summary>
public sealed class SettlementDetailsQuery(GrantsDbContext db)
{
    public async Task<SettlementPage?> LoadAsync(int id, int? townshipId, CancellationToken ct)
    {
        if (await db.Settlements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } settlement)
        {
            return null;
        }

        var pool = await db.Pools.AsNoTracking().Where(p => p.Id == settlement.AwardPoolId).Select(p => p.Name).SingleAsync(ct);
        var lines = await db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == id)
            .Select(l => new { l.TownshipId, l.Grade, l.Award, l.BlackCardsInARow, l.CardRemoved }).ToListAsync(ct);
        var grades = Enum.GetValues<Grade>()
            .Select(g => new GradeTotal(g, lines.Count(l => l.Grade == g), lines.Where(l => l.Grade == g).Total(l => l.Award))).ToList();
        var cards = new CardTotals(
            lines.Count(l => l.BlackCardsInARow > 0), lines.Count(l => l.BlackCardsInARow >= CardStanding.InterviewFrom), lines.Count(l => l.CardRemoved));

        var present = lines.Select(l => l.TownshipId).ToHashSet();
        var townships = (await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(ct))
            .Where(t => present.Contains(t.Id))
            .Select(t => new TownshipTab(t.Id, t.Code, t.Name, lines.Count(l => l.TownshipId == t.Id), lines.Where(l => l.TownshipId == t.Id).Total(l => l.Award)))
            .ToList();
        var chosen = townships.Find(t => t.Id == townshipId) ?? townships.FirstOrDefault();
        var (criteria, rows) = chosen is null ? ([], []) : await RowsAsync(id, chosen.Id, ct);
        return new SettlementPage(settlement, pool, grades, cards, townships, chosen, criteria, rows);
    }

    private async Task<(IReadOnlyList<CriterionColumn>, IReadOnlyList<CommunityRow>)> RowsAsync(int id, int townshipId, CancellationToken ct)
    {
        var lines = await (
                from l in db.SettlementLines.AsNoTracking()
                join c in db.Communities on l.CommunityId equals c.Id
                where l.SettlementId == id && l.TownshipId == townshipId
                orderby l.Rank
                select new { Line = l, c.Name, c.Category })
            .ToListAsync(ct);
        var cardIds = lines.Select(l => l.Line.ScorecardId).ToList();
        var scorecards = await db.Scorecards.AsNoTracking().Whole().Where(s => cardIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var criteria = scorecards.Values.SelectMany(s => s.Rubric.Criteria)
            .GroupBy(c => c.Name)
            .OrderBy(g => g.Min(c => c.Order)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CriterionColumn(g.Key, g.Max(c => c.MaxPoints)))
            .ToList();
        var rows = lines.Select(x =>
        {
            var (l, card) = (x.Line, scorecards.GetValueOrDefault(x.Line.ScorecardId));
            var points = criteria.Select(c => card?.Rubric.Find(c.Name) is { } criterion ? card.PointsFor(criterion) : null).ToList();
            return new CommunityRow(l.CommunityId, l.Rank, x.Name, x.Category, l.Composite, l.ResidentsScore, points, l.Grade, l.NominalAward, l.Award,
                l.BlackCardsInARow, l.CardRemoved);
        }).ToList();
        return (criteria, rows);
    }
}
