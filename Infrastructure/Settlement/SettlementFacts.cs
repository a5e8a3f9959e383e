using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Reports.Notices;
using Grants.Reports.Settlement;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// What the documents print about a settlement's communities, read once for a township (or the whole county): the
/// lines with their communities, townships and scorecards (criteria and points). Turns them into the flat report
/// models; the Reports layer never touches the database.
/// </summary>
internal sealed class SettlementFacts
{
    private SettlementFacts(QuarterSettlement settlement, List<SettlementLine> lines, Dictionary<int, Community> communities,
        Dictionary<int, Township> townships, Dictionary<long, Scorecard> scorecards, int? townshipId)
    {
        (Settlement, Lines, Communities, Townships, Scorecards, TownshipId) = (settlement, lines, communities, townships, scorecards, townshipId);
        Ranked = lines.Count;
    }

    public QuarterSettlement Settlement { get; }

    public List<SettlementLine> Lines { get; }

    public Dictionary<int, Community> Communities { get; }

    public Dictionary<int, Township> Townships { get; }

    public Dictionary<long, Scorecard> Scorecards { get; }

    /// <summary>The township the lines are of; null for the whole county.</summary>
    public int? TownshipId { get; }

    /// <summary>How many communities the quarter ranked (the whole county, even when the lines are one township's).</summary>
    public int Ranked { get; private init; }

    public static async Task<SettlementFacts> LoadAsync(GrantsDbContext db, int settlementId, int? townshipId, CancellationToken ct)
    {
        var settlement = await db.Settlements.AsNoTracking().SingleAsync(s => s.Id == settlementId, ct);
        var ofLines = db.SettlementLines.AsNoTracking()
            .Where(l => l.SettlementId == settlementId && (townshipId == null || l.TownshipId == townshipId));
        var lines = await ofLines.OrderBy(l => l.Rank).ToListAsync(ct);
        var ranked = townshipId is null ? lines.Count : await db.SettlementLines.CountAsync(l => l.SettlementId == settlementId, ct);

        // By subquery, not by a list of ids: EF sends a list as one parameter per id, which SQLite plans quadratically.
        var communities = await db.Communities.AsNoTracking()
            .Where(c => ofLines.Select(l => l.CommunityId).Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var townships = await db.Townships.AsNoTracking().Where(t => townshipId == null || t.Id == townshipId).ToDictionaryAsync(t => t.Id, ct);
        var scorecards = await db.Scorecards.AsNoTracking().Whole()
            .Where(s => ofLines.Select(l => l.ScorecardId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return new SettlementFacts(settlement, lines, communities, townships, scorecards, townshipId) { Ranked = ranked };
    }

    /// <summary>One township's part of the county's facts, sharing (only reading) its dictionaries.</summary>
    public SettlementFacts Of(int townshipId) =>
        TownshipId is null
            ? new SettlementFacts(Settlement, [.. Lines.Where(l => l.TownshipId == townshipId)], Communities, Townships, Scorecards, townshipId) { Ranked = Ranked }
            : throw new InvalidOperationException("These are one township's facts already.");

    public string TownshipOf(SettlementLine line) => Townships[line.TownshipId].Name;

    public string CommunityOf(SettlementLine line) => Communities[line.CommunityId].Name;

    public IReadOnlyList<Reports.Notices.CriterionScore> Scores(SettlementLine line)
    {
        var card = Scorecards[line.ScorecardId];
        return [.. card.Rubric.Criteria.Select(c => new Reports.Notices.CriterionScore(c.Name, card.PointsFor(c) ?? 0m, c.MaxPoints))];
    }

    /// <summary>The columns of the summary: every criterion name the quarter's rubrics use, in rubric order, with its largest maximum.</summary>
    public IReadOnlyList<CriterionHeading> Criteria() =>
        [.. Scorecards.Values.SelectMany(s => s.Rubric.Criteria).OrderBy(c => c.Order)
            .GroupBy(c => c.Name).Select(g => new CriterionHeading(g.Key, g.Max(c => c.MaxPoints)))];

    public CommunityResult Result(SettlementLine line, IReadOnlyList<CriterionHeading> criteria)
    {
        var card = Scorecards[line.ScorecardId];
        var points = card.Rubric.Criteria.ToDictionary(c => c.Name, c => card.PointsFor(c));
        var township = Townships[line.TownshipId];
        return new CommunityResult(
            township.Code, township.Name, CommunityOf(line), CategoryText.Of(Communities[line.CommunityId].Category),
            [.. criteria.Select(c => points.GetValueOrDefault(c.Name))], line.ResidentsScore, line.Composite, line.Rank, line.Grade,
            line.Award, line.BlackCardsInARow, line.CardRemoved);
    }
}
