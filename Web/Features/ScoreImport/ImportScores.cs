using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Features.ProjectImport;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ScoreImport;

public sealed record ScoreImportResult(int Created, int Updated, IReadOnlyList<ScoreError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public int Imported => Created + Updated;
}

/// <summary>
/// 导入季度考核评分: writes every row of a filled score template onto its community's scorecard for the quarter —
/// creating the card or correcting it — and marks the card complete, or writes nothing. Every row is checked and every
/// problem reported first; then one transaction, in which the cards are read and saved, so no other import or entry
/// slips in between. A locked card (the quarter is closed) is refused.
/// </summary>
public sealed class ImportScoresHandler(GrantsDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <param name="file">A seekable stream of the uploaded file.</param>
    /// <param name="enteredBy">Who the cards name as their assessor; the signed-in user when null.</param>
    public async Task<ScoreImportResult> HandleAsync(Stream file, Quarter quarter, CancellationToken ct, string? enteredBy = null)
    {
        if (WorkbookFile.Check(file) is { } refused)
        {
            return Refused([ScoreError.ForFile(refused.Key, refused.Arguments)]);
        }

        var sheet = ScoreSheetReader.Read(file, quarter);
        if (sheet.Rows.Count == 0 && sheet.Errors.Count == 0)
        {
            return Refused([ScoreError.ForFile("ScoreImport.NoRows")]);
        }

        var (by, at) = (enteredBy ?? user.UserName ?? "system", clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var errors = sheet.Errors.ToList();
        var inputs = new ScoreRows(await PlacesAsync(sheet.Rows, quarter, ct), quarter, by, at, errors).Build(sheet.Rows);
        if (errors.Count > 0)
        {
            var sheets = sheet.Rows.Select(r => r.Place.Sheet).Distinct().ToList();
            return Refused([.. errors.OrderBy(e => e.Row == 0 ? -1 : sheets.IndexOf(e.Sheet)).ThenBy(e => e.Row).ThenBy(e => e.ColumnNumber)]);
        }

        foreach (var input in inputs)
        {
            Write(input, quarter, by, at);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var created = inputs.Count(i => i.Existing is null);
        return new ScoreImportResult(created, inputs.Count - created, []);
    }

    /// <summary>Only the figures that differ are entered, so an unchanged card keeps its assessor and time.</summary>
    private void Write(ScoreInput input, Quarter quarter, string by, DateTimeOffset at)
    {
        var card = input.Existing ?? new Scorecard(input.Community, quarter, input.Rubric, by, at);
        if (input.Existing is null)
        {
            db.Scorecards.Add(card);
        }

        foreach (var (criterion, points) in input.Points.Where(p => card.PointsFor(input.Rubric.Find(p.Criterion)!) != p.Points))
        {
            card.Score(criterion, points, by, at);
        }

        foreach (var (group, satisfied, surveyed) in input.Counts
            .Where(c => !card.Satisfaction.Any(s => s.Group == c.Group && s.Satisfied == c.Satisfied && s.Surveyed == c.Surveyed)))
        {
            card.RecordSatisfaction(group, satisfied, surveyed, by, at);
        }

        if (card.Status == ScorecardStatus.Draft)
        {
            card.Complete(by, at);
        }
    }

    /// <summary>What the rows may name: the rubrics and the quarter's cards are tracked, as the cards are written.</summary>
    private async Task<ScorePlaces> PlacesAsync(IReadOnlyList<ScoreSheetRow> rows, Quarter quarter, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking().Select(t => new TownshipRef(t.Id, t.Code, t.Name)).ToListAsync(ct);
        var names = rows.Select(r => r.Community).Distinct().ToList();
        var communities = await db.Communities.AsNoTracking().Where(c => names.Contains(c.Name)).ToListAsync(ct);
        var rubrics = await db.Rubrics.Include(r => r.Criteria).ToListAsync(ct);
        var ids = communities.Select(c => c.Id).ToList();
        var existing = await db.Scorecards.Where(s => s.Quarter == quarter && ids.Contains(s.CommunityId))
            .Include(s => s.Scores).Include(s => s.Satisfaction).AsSplitQuery().ToListAsync(ct);
        return new ScorePlaces(
            townships, communities.ToDictionary(c => (c.TownshipId, c.Name)), new RubricBook(rubrics), existing.ToDictionary(s => s.CommunityId));
    }

    private static ScoreImportResult Refused(IReadOnlyList<ScoreError> errors) => new(0, 0, errors);
}
