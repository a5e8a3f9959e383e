using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Rubrics;

public sealed record RubricCriterionRow(string Name, decimal MaxPoints, decimal Weight);

/// <summary>Where a version stands today: scored with now, waiting for its first quarter, or taken over by a later one.</summary>
public enum RubricStanding
{
    Superseded,
    InEffect,
    Scheduled,
}

public sealed record RubricVersionRow(
    int Version, Quarter EffectiveFrom, decimal ResidentsWeight, IReadOnlyList<RubricCriterionRow> Criteria,
    string DefinedBy, DateTimeOffset DefinedAt, RubricStanding Standing);

public sealed record CategoryRubrics(CommunityCategory Category, IReadOnlyList<RubricVersionRow> Versions);

public sealed record RubricsPage(Quarter Current, IReadOnlyList<CategoryRubrics> Categories);

/// <summary>考核细则: every category with all its versions, latest first, the one the current quarter is scored with marked.</summary>
public sealed class RubricsQuery(GrantsDbContext db, TimeProvider clock)
{
    public async Task<RubricsPage> LoadAsync(CancellationToken ct)
    {
        var current = Quarter.Containing(clock.ChinaToday());
        var rubrics = await db.Rubrics.AsNoTracking().Include(r => r.Criteria).ToListAsync(ct);
        var book = new RubricBook(rubrics);
        var categories = Enum.GetValues<CommunityCategory>()
            .Select(category => new CategoryRubrics(category, [.. rubrics
                .Where(r => r.Category == category)
                .OrderByDescending(r => r.Version)
                .Select(r => Row(r, Standing(r, book.Find(category, current), current)))]))
            .ToList();
        return new RubricsPage(current, categories);
    }

    private static RubricStanding Standing(Rubric rubric, Rubric? inEffect, Quarter current) =>
        rubric.EffectiveFrom > current ? RubricStanding.Scheduled
        : rubric.Id == inEffect?.Id ? RubricStanding.InEffect
        : RubricStanding.Superseded;

    private static RubricVersionRow Row(Rubric r, RubricStanding standing) => new(
        r.Version, r.EffectiveFrom, r.ResidentsWeight,
        [.. r.Criteria.OrderBy(c => c.Order).Select(c => new RubricCriterionRow(c.Name, c.MaxPoints, c.Weight))],
        r.DefinedBy, r.DefinedAt, standing);
}

/// <summary>Points and weights as people write them: 25, 12.5 — never the database's 25.0000.</summary>
public static class Figures
{
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";
}
