using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Reports.Settlement;

namespace Grants.Reports.Settlement;

/// <summary>
/// Everything the settlement workbook refuses, checked before its first byte: a settlement is a payment order,
/// so a row that contradicts itself (a rewarded community with no award, an ordinary one with money) stops the print.
/// </summary>
internal static class SettlementModelCheck
{
    /// <summary>A SHA-256 in hex is 64 characters; some room for a prefix such as "sha256:".</summary>
    private const int HashMax = 80;

    public static void Check(SettlementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ModelCheck.Text(report.County, "County");
        ModelCheck.Text(report.Issuer, "Issuer");
        ModelCheck.Text(report.QuarterCode, "Quarter code");
        ModelCheck.Text(report.QuarterName, "Quarter name");
        ModelCheck.Text(report.PreparedBy, "Prepared by");
        ModelCheck.Text(report.ApprovedBy, "Approved by");
        ModelCheck.Text(report.InputHash, "Input hash", HashMax);

        var criteria = ModelCheck.NotEmpty(report.Criteria, "Criteria");
        for (var i = 0; i < criteria.Count; i++)
        {
            var criterion = criteria[i] ?? throw new ReportModelException($"Criterion {i + 1} is missing.");
            ModelCheck.Text(criterion.Name, "Criterion name", row: $"criterion {i + 1}");
            if (criterion.MaxPoints <= 0)
            {
                throw new ReportModelException($"Maximum points of criterion {criterion.Name} must be positive ({criterion.MaxPoints}).");
            }
        }

        var results = ModelCheck.NotEmpty(report.Results, "Results");
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i] ?? throw new ReportModelException($"Result {i + 1} is missing.");
            CheckResult(result, i + 1, criteria);
            if (!seen.Add((result.TownshipCode, result.Community)))
            {
                throw new ReportModelException($"{result.Township} / {result.Community} appears twice in the results.");
            }
        }
    }

    private static void CheckResult(CommunityResult result, int position, IReadOnlyList<CriterionHeading> criteria)
    {
        // Names are checked first so that the later messages can name the row without printing a runaway string.
        ModelCheck.Text(result.TownshipCode, "Township code", row: $"result {position}");
        ModelCheck.Text(result.Township, "Township", row: $"result {position}");
        ModelCheck.Text(result.Community, "Community", row: $"{result.Township} / result {position}");
        var row = $"{result.Township} / {result.Community}";
        ModelCheck.Text(result.Category, "Category", row: row);

        var scores = result.CriterionScores ?? [];
        if (scores.Count != criteria.Count)
        {
            throw new ReportModelException($"Scores of {row}: {scores.Count} given, but the rubric has {criteria.Count} criteria.");
        }

        for (var c = 0; c < criteria.Count; c++)
        {
            if (scores[c] is { } score && (score < 0 || score > criteria[c].MaxPoints))
            {
                throw new ReportModelException(
                    $"Score {criteria[c].Name} of {row} is {score.ToString(CultureInfo.InvariantCulture)}; it must lie between 0 and {criteria[c].MaxPoints.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        if (result.ResidentsScore < 0 || result.Composite < 0)
        {
            throw new ReportModelException($"Residents' or composite score of {row} is negative.");
        }

        if (result.Rank < 1 || result.BlackCardsInARow < 0)
        {
            throw new ReportModelException($"Rank ({result.Rank}) or black cards in a row ({result.BlackCardsInARow}) of {row} is out of range.");
        }

        ModelCheck.NotNegative(result.Award, "Award", row);
        switch (result.Grade)
        {
            case Grade.Advanced or Grade.Effective when !result.Award.IsPositive:
                throw new ReportModelException($"Award of {row} is zero, but grade {GradeText.Of(result.Grade)} is rewarded.");
            case Grade.Ordinary when !result.Award.IsZero:
                throw new ReportModelException($"Award of {row} is {result.Award}, but grade 一般 receives no award.");
            case not (Grade.Advanced or Grade.Effective or Grade.Ordinary):
                throw new ReportModelException($"Grade of {row} is not a grade ({(int)result.Grade}).");
        }
    }
}
