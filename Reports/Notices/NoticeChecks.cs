namespace Grants.Reports.Notices;

internal static class NoticeChecks
{
    public static void Scores(IReadOnlyList<CriterionScore> scores, decimal composite, int rank, int ranked, string row)
    {
        foreach (var score in scores)
        {
            ModelCheck.Text(score.Name, "Criterion", 20, row);
            if (score.Points < 0 || score.Points > score.MaxPoints)
            {
                throw new ReportModelException($"Score {score.Name} of {row} is {score.Points}, outside 0 to {score.MaxPoints}.");
            }
        }

        if (composite is < 0 or > 100)
        {
            throw new ReportModelException($"Composite score of {row} is {composite}, outside 0 to 100.");
        }

        if (rank < 1 || rank > ranked)
        {
            throw new ReportModelException($"Rank of {row} is {rank} of {ranked}.");
        }
    }
}
