using System.Security.Cryptography;
using System.Text;

namespace Grants.Domain.Assessment;

/// <summary>
/// The canonical text of a grading's inputs and of its outcomes. One line per fact, in a fixed order that does not
/// depend on the order the inputs came in (rubrics by category, version and id; communities by id), numbers without
/// trailing zeros, money in fen, text quoted. The first line names the format, so a later format can still be read.
/// </summary>
internal static class GradingCanon
{
    private const string Format = "grants.assessment.grading/1";

    public static GradingSnapshot Snapshot(Quarter quarter, GradingRules rules, IReadOnlyList<GradingEntry> entries, Money poolAvailable)
    {
        var text = new StringBuilder()
            .Append(Format).Append('\n')
            .Append("quarter ").Append(quarter).Append('\n')
            .Append(rules.CanonicalText()).Append('\n')
            .Append("pool ").Append(poolAvailable.Fen).Append('\n');
        var rubrics = entries.Select(e => e.Scorecard.Rubric).Distinct()
            .OrderBy(r => r.Category).ThenBy(r => r.Version).ThenBy(r => r.Id).ThenBy(r => r.EffectiveFrom);
        foreach (var rubric in rubrics)
        {
            Line(text, $"rubric id={rubric.Id} category={rubric.Category} version={rubric.Version} from={rubric.EffectiveFrom} residents={Canonical.Number(rubric.ResidentsWeight)}");
            foreach (var c in rubric.Criteria)
            {
                Line(text, $" criterion {c.Order} {Canonical.Quoted(c.Name)} max={Canonical.Number(c.MaxPoints)} weight={Canonical.Number(c.Weight)}");
            }
        }

        foreach (var entry in entries.OrderBy(e => e.Community.Id))
        {
            var (community, card) = (entry.Community, entry.Scorecard);
            Line(text, $"community id={community.Id} township={Canonical.Quoted(community.TownshipCode)} {Canonical.Quoted(community.Township)} name={Canonical.Quoted(community.Name)} category={community.Category} cards.before={entry.BlackCardsBefore}");
            Line(text, $" scorecard id={card.Id} rubric={card.Rubric.Category}/{card.Rubric.Version}/{card.Rubric.Id}");
            Line(text, " points" + string.Concat(card.Rubric.Criteria.Select(c => $" {c.Order}={Points(card.PointsFor(c))}")));
            Line(text, " satisfied" + string.Concat(card.Satisfaction.OrderBy(s => s.Group).Select(s => $" {s.Group}={s.Satisfied}/{s.Surveyed}")));
        }

        var canonical = text.ToString();
        return new GradingSnapshot(canonical, Sha256(canonical));
    }

    public static string ResultHash(IEnumerable<CommunityOutcome> outcomes) =>
        Sha256(string.Concat(outcomes.Select(o =>
            $"{o.Community.Id} rank={o.Rank} grade={o.Grade} composite={Canonical.Number(o.Composite)} residents={Canonical.Number(o.ResidentsScore)}"
            + $" nominal={o.NominalAward.Fen} award={o.Award.Fen} cards={o.Card.BlackCardsInARow} removed={o.Card.CardRemoved}\n")));

    private static string Points(decimal? points) => points is { } value ? Canonical.Number(value) : "-";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
