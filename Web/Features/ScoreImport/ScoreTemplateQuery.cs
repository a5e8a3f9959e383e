using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ScoreImport;

/// <summary>
/// The score template for a quarter: every pilot community the user may see, by category, under the rubric in effect
/// for its category then, with the figures of the cards already entered on that rubric. A category without a rubric
/// yet has no sheet: its communities cannot be scored.
/// </summary>
public sealed class ScoreTemplateQuery(GrantsDbContext db)
{
    public async Task<byte[]> WriteAsync(Quarter quarter, CancellationToken ct)
    {
        var book = new RubricBook(await db.Rubrics.AsNoTracking().Include(r => r.Criteria).ToListAsync(ct));
        var pilots = await (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            where c.IsPilot
            select new { c.Id, c.Name, c.Category, TownshipCode = t.Code, Township = t.Name }).ToListAsync(ct);
        var cards = await db.Scorecards.AsNoTracking().Where(s => s.Quarter == quarter)
            .Include(s => s.Scores).Include(s => s.Satisfaction).AsSplitQuery()
            .ToDictionaryAsync(s => s.CommunityId, ct);

        var sheets = new List<TemplateSheet>();
        foreach (var category in pilots.GroupBy(p => p.Category).OrderBy(g => g.Key))
        {
            if (book.Find(category.Key, quarter) is not { } rubric)
            {
                continue;
            }

            // Ordinal, so both engines give the same file.
            var rows = category.OrderBy(p => p.TownshipCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => cards.TryGetValue(p.Id, out var card) && card.RubricId == rubric.Id
                    ? new TemplateRow(p.Township, p.Name, card.Scores.ToDictionary(s => s.CriterionOrder, s => s.Points),
                        card.Satisfaction.ToDictionary(s => s.Group, s => (s.Satisfied, s.Surveyed)))
                    : new TemplateRow(p.Township, p.Name, new Dictionary<int, decimal>(), new Dictionary<ResidentGroup, (int, int)>()))
                .ToList();
            sheets.Add(new TemplateSheet(category.Key, rubric, rows));
        }

        return ScoreTemplate.Write(quarter, sheets);
    }
}
