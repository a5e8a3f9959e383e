using System.Globalization;

namespace Grants.Web.Bench;

internal enum ApprovalOutcome
{
    Approved,
    Refused,
    Written,
    Empty,
}

internal sealed record ClerkRun(List<double> SortedMs, Dictionary<ApprovalOutcome, int> Outcomes, TimeSpan Elapsed)
{
    public double PerSecond(ApprovalOutcome outcome) => Outcomes.GetValueOrDefault(outcome) / Elapsed.TotalSeconds;
}

internal sealed record ApprovalsCheck(int Answered, int Stored, string Ledger, TimeSpan VerifyTime);

/// <summary>The approvals bench's table and reading: rates, latencies, and whether the database and the ledger agree.</summary>
internal static class ApprovalsReport
{
    public static BenchSection Build(string engine, int clients, TimeSpan duration, ClerkRun baseline, ClerkRun approvals, ApprovalsCheck check)
    {
        IReadOnlyList<string> Row(string label, ClerkRun m, string outcomes) =>
        [
            label, m.SortedMs.Count.ToString("N0", CultureInfo.InvariantCulture), BenchTable.Number(m.SortedMs.Count / m.Elapsed.TotalSeconds),
            BenchTable.Number(BenchTable.Percentile(m.SortedMs, 50), 2), BenchTable.Number(BenchTable.Percentile(m.SortedMs, 95), 2),
            BenchTable.Number(BenchTable.Percentile(m.SortedMs, 99), 2), outcomes,
        ];

        var approved = approvals.Outcomes.GetValueOrDefault(ApprovalOutcome.Approved);
        var refused = approvals.Outcomes.GetValueOrDefault(ApprovalOutcome.Refused);
        var table = BenchTable.Render(
            ["operation", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "outcome×count"],
            [
                Row("trivial write: one INSERT per movement (baseline)", baseline, $"written×{baseline.Outcomes.GetValueOrDefault(ApprovalOutcome.Written)}"),
                Row("approval: ReviewHandler.ApproveAsync", approvals, $"approved×{approved} refused×{refused}"),
            ]);
        var rate = approvals.PerSecond(ApprovalOutcome.Approved);
        var agrees = check.Stored == check.Answered;
        var text = $"**{rate:0.0} approvals/s** with {clients} clerks at once ({approved:N0} in {approvals.Elapsed.TotalSeconds:0.0} s, {refused:N0} refused), " +
            $"{rate / baseline.PerSecond(ApprovalOutcome.Written):0.00}× the rate of trivial one-INSERT movements by the same clerks ({baseline.PerSecond(ApprovalOutcome.Written):0.0}/s). " +
            $"The database holds {check.Stored:N0} approved bench requests against {check.Answered:N0} answered as approved (warm-up included) — " +
            $"{(agrees ? "every answered approval and nothing else" : "MISMATCH")}. Ledger after the run: **{check.Ledger}** (verify took {check.VerifyTime.TotalSeconds:0.00} s).";
        return new BenchSection("approvals", engine,
            $"{clients} clerks in-process, each approval in a fresh DI scope through the review page's handler; requests of ¥100–¥1,000 (one approval, " +
            $"no second level) on 100 projects in progress, taken in turn from one queue; {duration.TotalSeconds:0} s per phase (trivial writes, then approvals)",
            table, text);
    }
}
