using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Features.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Scores;

/// <summary>
/// 录入评分: an assessor types in one community's scorecard for a quarter. "Save" keeps what is filled in as a draft
/// (a blank field leaves the figure as it was); "Save and complete" also completes the card, or — when parts are
/// missing — saves nothing and names each missing part under its field. Every refusal comes from the domain.
/// </summary>
public sealed class EnterScoresHandler(GrantsDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ScoreEntryForm?> LoadAsync(int communityId, Quarter quarter, CancellationToken ct)
    {
        var card = await CardAsync(communityId, quarter, ct);
        if (await ShowAsync(communityId, quarter, card, ct) is not { } shown)
        {
            return null;
        }

        var counts = ScoreEntryForm.Groups.Select(g => card?.Satisfaction.FirstOrDefault(s => s.Group == g)).ToList();
        var form = new ScoreEntryForm
        {
            Card = shown,
            Version = card?.Version ?? 0,
            RubricId = shown.Rubric?.Id ?? 0,
            Points = [.. (card?.Rubric.Criteria ?? []).OrderBy(c => c.Order).Select(c => card!.PointsFor(c))],
            Satisfied = [.. counts.Select(s => s?.Satisfied)],
            Surveyed = [.. counts.Select(s => s?.Surveyed)],
        };
        form.Pad();
        return form;
    }

    /// <summary>Fills what the page shows but does not post; false when there is no such pilot community in scope.</summary>
    public async Task<bool> PrepareAsync(int communityId, Quarter quarter, ScoreEntryForm form, CancellationToken ct)
    {
        if (await ShowAsync(communityId, quarter, await CardAsync(communityId, quarter, ct), ct) is not { } shown)
        {
            return false;
        }

        form.Card = shown;
        form.Pad();
        return true;
    }

    /// <returns>The composite once the card is complete; null while it is a draft.</returns>
    public async Task<decimal?> HandleAsync(int communityId, Quarter quarter, ScoreEntryForm form, CancellationToken ct)
    {
        var (by, at) = (user.UserName ?? "system", clock.GetUtcNow());
        var card = await db.Scorecards.Whole().SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Quarter == quarter, ct);
        if (card is null)
        {
            card = await NewCardAsync(communityId, quarter, form, by, at, ct);
        }
        else if (card.Version != form.Version || card.RubricId != form.RubricId)
        {
            throw ChangedMeanwhile();
        }

        if (card.Status == ScorecardStatus.Locked)
        {
            throw new DomainRuleException("Rule.Assessment.ScorecardLocked", quarter.ToString());
        }

        var problems = new ScoreEntry(card, form, by, at).Enter();
        var completing = form.Complete && card.Status == ScorecardStatus.Draft;
        if (problems.Count == 0 && completing)
        {
            problems.AddRange(ScoreEntry.Located(card.MissingParts(), card.Rubric));
            if (problems.Count > 0)
            {
                problems.Insert(0, new DomainRuleException("Scores.NotCompleted", problems.Count));
            }
        }

        DomainRulesException.ThrowIfAny(problems);
        if (completing)
        {
            card.Complete(by, at);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            // Someone saved the card (or created it) between our read and our write: the Version token or the
            // unique (community, quarter) index refused ours.
            throw ChangedMeanwhile();
        }

        return card.IsComplete ? card.Composite : null;
    }

    /// <summary>The card the page was drawn without: the rubric in effect must still be the one the page showed.</summary>
    private async Task<Scorecard> NewCardAsync(int communityId, Quarter quarter, ScoreEntryForm form, string by, DateTimeOffset at, CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == communityId, ct);
        // Tracked, as the new card refers to it and must not insert it again.
        var rubric = new RubricBook(await db.Rubrics.Include(r => r.Criteria).Where(r => r.Category == community.Category).ToListAsync(ct))
            .For(community.Category, quarter);
        if (form.Version != 0 || rubric.Id != form.RubricId)
        {
            throw ChangedMeanwhile();
        }

        var card = new Scorecard(community, quarter, rubric, by, at);
        db.Scorecards.Add(card);
        return card;
    }

    /// <summary>The community, its card as saved and the rubric it is scored against; null for no pilot community in scope.</summary>
    private async Task<ScorecardShown?> ShowAsync(int communityId, Quarter quarter, Scorecard? card, CancellationToken ct)
    {
        var community = await (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            where c.Id == communityId
            select new { c.Name, c.Category, c.IsPilot, Township = t.Name }).SingleOrDefaultAsync(ct);
        if (community is null || (!community.IsPilot && card is null))
        {
            return null;
        }

        var rubric = card?.Rubric ?? new RubricBook(await db.Rubrics.AsNoTracking().Include(r => r.Criteria)
            .Where(r => r.Category == community.Category).ToListAsync(ct)).Find(community.Category, quarter);
        return new ScorecardShown(
            communityId, community.Name, community.Township, community.Category, quarter, rubric is null ? null : Shown(rubric),
            card?.Status, card?.EnteredBy, card?.EnteredAt, card?.ResidentsScore, card?.Composite);
    }

    private Task<Scorecard?> CardAsync(int communityId, Quarter quarter, CancellationToken ct) =>
        db.Scorecards.AsNoTracking().Whole().SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Quarter == quarter, ct);

    private static RubricShown Shown(Rubric rubric) => new(
        rubric.Id, rubric.Version, rubric.EffectiveFrom, rubric.ResidentsWeight,
        [.. rubric.Criteria.OrderBy(c => c.Order).Select(c => new RubricCriterionRow(c.Name, c.MaxPoints, c.Weight))]);

    private static DomainRuleException ChangedMeanwhile() => new("Scores.ChangedMeanwhile");
}
