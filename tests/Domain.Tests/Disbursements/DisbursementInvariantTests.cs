using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>
/// Random requests filed side by side and approved in random order while the works progress: whatever the order,
/// no source is ever disbursed beyond its budget, the total never passes the stage's tranche cap, and what each
/// source has disbursed is exactly the sum of its approved requests.
/// </summary>
public sealed class DisbursementInvariantTests
{
    private static readonly CashSource[] Sources = Enum.GetValues<CashSource>();

    [Fact]
    public void No_order_of_approvals_overdraws_a_source_or_passes_the_tranche_cap()
    {
        var (approvals, refusals) = (0, 0);
        for (var seed = 1; seed <= 200; seed++)
        {
            var random = new Random(seed);
            var project = RequestBuilder.LargeProject();
            var pending = new List<DisbursementRequest>();
            var approved = new List<DisbursementRequest>();
            for (var step = 1; step <= 40; step++)
            {
                var replay = $"replay with seed {seed}, step {step}";
                switch (random.Next(10))
                {
                    case < 5:
                        File(project, random, step, pending);
                        break;
                    case < 9 when pending.Count > 0:
                        _ = Review(project, random, pending, approved, replay) ? approvals++ : refusals++;
                        break;
                    default:
                        Progress(project);
                        break;
                }

                AssertInvariants(project, approved, replay);
            }
        }

        // The runs must both approve and refuse plenty, or they prove nothing.
        Assert.True(approvals > 1_000 && refusals > 400, $"{approvals} approvals, {refusals} refusals");
    }

    private static void File(Project project, Random random, int id, List<DisbursementRequest> pending)
    {
        var source = Sources[random.Next(Sources.Length)];
        var request = new RequestBuilder(project).SavedAs(id).WithEvidence(EvidenceKind.AcceptanceRecord)
            .With(RequestBuilder.Details(RandomAmount(random, project.RemainingIn(source)).Yuan, source)).Build();
        if (Try(() => request.SubmitTo(project)))
        {
            pending.Add(request);
        }
    }

    /// <summary>Approves (or confirms) a pending request; true when the approval went through, at either level.</summary>
    private static bool Review(Project project, Random random, List<DisbursementRequest> pending, List<DisbursementRequest> approved, string replay)
    {
        var request = pending[random.Next(pending.Count)];
        var (version, disbursed) = (project.Version, project.Disbursed);
        var accepted = request.Status == RequestStatus.FirstApproved
            ? Try(() => request.ConfirmAs(project, RequestBuilder.Approver))
            : Try(() => request.ApproveAs(project, RequestBuilder.Clerk));
        if (request.Status == RequestStatus.Approved)
        {
            pending.Remove(request);
            approved.Add(request);
            Assert.True(project.Disbursed == disbursed + request.Amount && project.Version == version + 1, replay);
        }
        else
        {
            Assert.True(project.Disbursed == disbursed && project.Version == version, $"accepted {accepted} but nothing committed; {replay}");
        }

        return accepted;
    }

    private static void Progress(Project project)
    {
        if (project.TrancheStage == TrancheStage.Started)
        {
            project.CompleteWorks(new DateOnly(2026, 6, 1));
        }
        else if (project.TrancheStage == TrancheStage.WorksCompleted)
        {
            project.Accept(new AcceptanceRecord("县农业农村局 王工", "工程质量合格", new DateOnly(2026, 6, 30)));
        }
    }

    private static void AssertInvariants(Project project, List<DisbursementRequest> approved, string replay)
    {
        foreach (var source in Sources)
        {
            var disbursed = project.DisbursedFrom(source);
            Assert.True(disbursed <= project.BudgetFor(source), $"{source}: {disbursed} of {project.BudgetFor(source)}; {replay}");
            Assert.True(disbursed == approved.Where(r => r.Source == source).Total(r => r.Amount), replay);
        }

        Assert.True(project.Disbursed <= project.PayableCap(TranchePlan.Default), $"{project.Disbursed} past the cap {project.PayableCap(TranchePlan.Default)}; {replay}");
    }

    // Mostly plausible amounts, with exactly-what-is-left and just-over amounts mixed in, some above the ¥100,000 threshold.
    private static Money RandomAmount(Random random, Money remaining) => random.Next(6) switch
    {
        0 => remaining,
        1 => remaining + Money.FromFen(1),
        2 => Money.FromFen(random.NextInt64(10_000_000, 20_000_000)),
        _ => Money.FromFen(random.NextInt64(1, Math.Max(2, remaining.Fen))),
    };

    private static bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (Exception e) when (e is DomainRuleException or DomainRulesException)
        {
            return false;
        }
    }
}
