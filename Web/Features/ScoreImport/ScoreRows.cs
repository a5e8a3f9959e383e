using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;

namespace Grants.Web.Features.ScoreImport;

/// <summary>A row that passed every check: what to write on the community's scorecard for the quarter.</summary>
internal sealed record ScoreInput(
    Community Community,
    Rubric Rubric,
    Scorecard? Existing,
    IReadOnlyList<(string Criterion, decimal Points)> Points,
    IReadOnlyList<(ResidentGroup Group, int Satisfied, int Surveyed)> Counts);

internal sealed record TownshipRef(int Id, string Code, string Name);

/// <summary>What the rows may name: townships, communities by (township, name), the rubrics, the quarter's existing cards.</summary>
internal sealed record ScorePlaces(
    IReadOnlyList<TownshipRef> Townships,
    IReadOnlyDictionary<(int TownshipId, string Name), Community> Communities,
    RubricBook Rubrics,
    IReadOnlyDictionary<int, Scorecard> Existing);

/// <summary>
/// Checks sheet rows into scorecard inputs, adding an error for each problem of each row. The figures go through the
/// domain's own rules on a scratch scorecard that is never saved, so the file is refused with exactly the messages
/// the entry form gives — a score above its maximum, more than two decimals, impossible survey counts, a missing part.
/// </summary>
internal sealed class ScoreRows(ScorePlaces places, Quarter quarter, string by, DateTimeOffset at, List<ScoreError> errors)
{
    private readonly Dictionary<int, ScoreCell> firstRowOf = [];

    public List<ScoreInput> Build(IReadOnlyList<ScoreSheetRow> rows)
    {
        var inputs = new List<ScoreInput>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            if (Community(row) is not { } community)
            {
                continue;
            }

            var existing = places.Existing.GetValueOrDefault(community.Id);
            try
            {
                var rubric = existing?.Rubric ?? places.Rubrics.For(community.Category, quarter);
                var scratch = new Scorecard(community, quarter, rubric, by, at);
                var points = Points(row, rubric, scratch);
                var counts = Counts(row, scratch);
                if (existing?.Status == ScorecardStatus.Locked)
                {
                    Add(row.Place, "Rule.Assessment.ScorecardLocked", quarter.ToString());
                }

                if (errors.Count == before)
                {
                    inputs.Add(new ScoreInput(community, rubric, existing, points, counts));
                }
            }
            catch (DomainRuleException rule)
            {
                errors.Add(ScoreError.At(row.Place, rule));
            }
        }

        return inputs;
    }

    /// <summary>The pilot community the row names; "not found" covers those outside the user's township alike.</summary>
    private Community? Community(ScoreSheetRow row)
    {
        if (!Required(row.TownshipCell, row.Township) | !Required(row.CommunityCell, row.Community))
        {
            return null;
        }

        if (places.Townships.FirstOrDefault(t => t.Code == row.Township || t.Name == row.Township) is not { } township)
        {
            return Fail(row.TownshipCell, "Import.TownshipNotFound", row.Township);
        }

        if (!places.Communities.TryGetValue((township.Id, row.Community), out var community))
        {
            return Fail(row.CommunityCell, "Import.CommunityNotFound", row.Community, township.Name);
        }

        if (!community.IsPilot)
        {
            return Fail(row.CommunityCell, "Rule.Assessment.CommunityNotPilot", community.Name);
        }

        if (!firstRowOf.TryAdd(community.Id, row.Place))
        {
            var first = firstRowOf[community.Id];
            return Fail(row.CommunityCell, "ScoreImport.DuplicateInFile", community.Name, first.Sheet, first.Row);
        }

        return community;
    }

    private List<(string, decimal)> Points(ScoreSheetRow row, Rubric rubric, Scorecard scratch)
    {
        var points = new List<(string, decimal)>();
        foreach (var criterion in rubric.Criteria)
        {
            if (!row.Points.TryGetValue(criterion.Name, out var cell) || !cell.Present)
            {
                var where = cell?.Cell ?? row.Place with { Meaning = ScoreColumns.Absent(criterion) };
                Add(where, "Rule.Assessment.CriterionNotScored", criterion.Name);
            }
            else if (cell.Value is { } value && Try(cell.Cell, () => scratch.Score(criterion.Name, value, by, at)))
            {
                points.Add((criterion.Name, value));
            }
        }

        // A figure under a criterion this community's rubric does not have: a wrong sheet or an old template.
        // Other headers (a clerk's 备注 column) are not read.
        foreach (var (name, cell) in row.Points.Where(p => p.Value.Present && rubric.Find(p.Key) is null && ScoreColumns.NamesMaximum(p.Value.Cell.Meaning!.Header)))
        {
            Add(cell.Cell, "Rule.Assessment.CriterionUnknown", name, rubric.Version);
        }

        return points;
    }

    private List<(ResidentGroup, int, int)> Counts(ScoreSheetRow row, Scorecard scratch)
    {
        var counts = new List<(ResidentGroup, int, int)>();
        foreach (var (group, (satisfied, surveyed)) in row.Satisfaction.OrderBy(s => s.Key))
        {
            if (!satisfied.Present && !surveyed.Present)
            {
                Add(satisfied.Cell, "Rule.Assessment.SatisfactionMissing", $"ResidentGroup.{group}");
            }
            else if (!satisfied.Present || !surveyed.Present)
            {
                var missing = satisfied.Present ? surveyed.Cell : satisfied.Cell;
                Add(missing, "Validation.Required", missing.Meaning!.TextKey!);
            }
            else if (satisfied.Value is { } yes && surveyed.Value is { } asked
                && Try(asked < 1 ? surveyed.Cell : satisfied.Cell, () => scratch.RecordSatisfaction(group, yes, asked, by, at)))
            {
                counts.Add((group, yes, asked));
            }
        }

        return counts;
    }

    /// <summary>Runs one domain rule; a refusal becomes the cell's error.</summary>
    private bool Try(ScoreCell cell, Action rule)
    {
        try
        {
            rule();
            return true;
        }
        catch (DomainRuleException refused)
        {
            errors.Add(ScoreError.At(cell, refused));
            return false;
        }
    }

    private bool Required(ScoreCell cell, string value)
    {
        if (value.Length > 0)
        {
            return true;
        }

        Add(cell, "Validation.Required", cell.Meaning!.TextKey!);
        return false;
    }

    private Community? Fail(ScoreCell cell, string key, params object[] arguments)
    {
        Add(cell, key, arguments);
        return null;
    }

    private void Add(ScoreCell cell, string key, params object[] arguments) => errors.Add(ScoreError.At(cell, key, arguments));
}
