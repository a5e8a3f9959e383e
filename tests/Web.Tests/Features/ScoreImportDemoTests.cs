using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>The demo's rubrics and scored quarters: what a newcomer imports over, and settles 2026Q3 from.</summary>
public abstract class ScoreImportDemoTests(GrantsApp app)
{
    private static readonly Quarter Previous = new(2026, 2);
    private static readonly Quarter Last = new(2026, 3);

    [Fact]
    public async Task Every_pilot_community_has_a_complete_scorecard_for_2026Q2_and_2026Q3()
    {
        var pilots = await app.InDb(db => db.Communities.AsNoTracking().Where(c => c.IsPilot).Select(c => new { c.Id, c.Category }).ToListAsync());
        var cards = await CardsAsync();

        Assert.InRange(pilots.Count, 30, 80);
        foreach (var quarter in new[] { Previous, Last })
        {
            var ofQuarter = cards.Where(c => c.Quarter == quarter).ToList();
            Assert.Equal(pilots.Select(p => p.Id).Order(), ofQuarter.Select(c => c.CommunityId).Order());
            Assert.All(ofQuarter, c => Assert.True(c.IsComplete && c.Composite is not null && c.EnteredBy == "assessor", $"card {c.Id} of {quarter}"));
        }

        // Farming villages are scored on version 2 of their rubric from 2026Q3, on version 1 before.
        var farming = pilots.Where(p => p.Category == CommunityCategory.FarmingVillage).Select(p => p.Id).ToHashSet();
        Assert.NotEmpty(farming);
        Assert.All(cards.Where(c => farming.Contains(c.CommunityId)), c => Assert.Equal(c.Quarter == Last ? 2 : 1, c.Rubric.Version));
    }

    [Fact]
    public async Task The_demos_2026Q3_has_advanced_effective_and_ordinary_communities_some_ordinary_twice_in_a_row()
    {
        var cards = await CardsAsync();
        var last = cards.Where(c => c.Quarter == Last).ToDictionary(c => c.CommunityId, c => c.Composite!.Value);
        var previous = cards.Where(c => c.Quarter == Previous).ToDictionary(c => c.CommunityId, c => c.Composite!.Value);

        Assert.InRange(last.Values.Count(v => v >= 90m), 8, 12);
        Assert.InRange(last.Values.Count(v => v >= 75m), last.Count * 6 / 10, last.Count * 9 / 10);
        Assert.InRange(last.Keys.Count(id => last[id] < 75m && previous[id] < 75m), 2, 6);
        // And a card that comes down: ordinary in 2026Q2, good in 2026Q3.
        Assert.Contains(last.Keys, id => previous[id] < 75m && last[id] >= 75m);
    }

    private Task<List<Scorecard>> CardsAsync() => app.InDb(db =>
        db.Scorecards.AsNoTracking().Where(s => s.Quarter == Previous || s.Quarter == Last)
            .Include(s => s.Rubric).ThenInclude(r => r.Criteria).Include(s => s.Scores).Include(s => s.Satisfaction)
            .AsSplitQuery().ToListAsync());
}

[Collection(OnSqlite.Name)]
public sealed class ScoreImportDemoOnSqlite(SqliteApp app) : ScoreImportDemoTests(app);

[Collection(OnPostgres.Name)]
public sealed class ScoreImportDemoOnPostgres(PostgresApp app) : ScoreImportDemoTests(app);
