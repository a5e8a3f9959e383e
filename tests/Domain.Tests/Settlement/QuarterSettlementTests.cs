using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Pools;
using Grants.Domain.Settlement;
using Grants.Domain.Tests.Assessment;

namespace Grants.Domain.Tests.Settlement;

/// <summary>A settlement's steps: draft, review, confirm by someone else, pay, issue; locked once confirmed; re-opened by two.</summary>
public sealed class QuarterSettlementTests
{
    private static readonly DateTimeOffset At = Scoring.At;

    [Fact]
    public void A_draft_copies_the_grading_and_numbers_one_notice_per_award_card_and_interview()
    {
        var settlement = Drafted();

        Assert.Equal(SettlementStatus.Drafted, settlement.Status);
        Assert.Equal(4, settlement.Lines.Count);
        var byCommunity = settlement.Lines.ToDictionary(l => l.CommunityId);
        Assert.Equal(Grade.Advanced, byCommunity[1].Grade);
        Assert.Equal([NoticeKind.Award], byCommunity[1].Notices());
        Assert.Equal([NoticeKind.BlackCard, NoticeKind.Interview], byCommunity[4].Notices());
        Assert.Equal([101, 102, 103, 104], settlement.Lines.OrderBy(l => l.Rank).Select(l => l.NoticeSequence));
        Assert.Equal(Money.FromYuan(120_000m), settlement.AwardTotal);
        Assert.Equal(64, settlement.SnapshotHash.Length);
        Assert.Equal(Grading().Snapshot.Text, settlement.Snapshot?.Text);
        Assert.Equal(10, settlement.Lines.Single(l => l.CommunityId == 4).TownshipId);
    }

    [Fact]
    public void The_approver_who_reviewed_cannot_confirm_and_nothing_skips_a_step()
    {
        var settlement = Drafted();
        Assert.Equal("Rule.Settlement.WrongStep", Assert.Throws<DomainRuleException>(() => settlement.Confirm("approver", At)).Code);

        settlement.Review("clerk", At);

        Assert.Equal("Rule.Settlement.ConfirmerReviewed", Assert.Throws<DomainRuleException>(() => settlement.Confirm("Clerk", At)).Code);
        Assert.Equal(SettlementStatus.Reviewed, settlement.Status);
        settlement.Confirm("approver", At);
        Assert.True(settlement.IsLocked);
        Assert.Equal("Rule.Settlement.WrongStep", Assert.Throws<DomainRuleException>(() => settlement.Confirm("approver2", At)).Code);
    }

    [Fact]
    public void A_confirmed_settlement_is_locked_against_a_new_draft_until_two_people_reopen_it_with_a_reason()
    {
        var settlement = Confirmed();

        Assert.Equal("Rule.Settlement.Locked", Assert.Throws<DomainRuleException>(() => settlement.Draft(Grading(), Townships(), 101, At)).Code);
        Assert.Equal("Rule.Settlement.NoReopenRequest", Assert.Throws<DomainRuleException>(() => settlement.ApproveReopening("approver", At)).Code);
        Assert.Throws<DomainRuleException>(() => settlement.RequestReopening("admin", " ", At));
        settlement.RequestReopening("admin", "东关社区分数录入有误", At);
        Assert.True(settlement.IsLocked);
        Assert.Equal("Rule.Settlement.ReopenNeedsTwo", Assert.Throws<DomainRuleException>(() => settlement.ApproveReopening("ADMIN", At)).Code);

        settlement.ApproveReopening("approver", At);

        Assert.Equal(2, settlement.Round);
        Assert.Equal(SettlementStatus.Drafted, settlement.Status);
        Assert.Null(settlement.ConfirmedBy);
        Assert.Equal(("admin", "approver", "东关社区分数录入有误"), (settlement.ReopenedBy, settlement.ReopenApprovedBy, settlement.ReopenReason));
        var snapshot = settlement.Snapshot;
        settlement.Draft(Grading(), Townships(), 201, At);
        Assert.Equal(201, settlement.Lines.Min(l => l.NoticeSequence));
        Assert.Same(snapshot, settlement.Snapshot); // the settlement's one snapshot row, rewritten

    }

    [Fact]
    public void Payouts_need_a_confirmed_settlement_and_a_positive_award()
    {
        var settlement = Drafted();
        var advanced = settlement.Lines.Single(l => l.CommunityId == 1);
        var ordinary = settlement.Lines.Single(l => l.CommunityId == 4);
        var payee = new Payee("东关社区居民委员会", "示范县农村商业银行城关支行", "8201010001000000001");

        Assert.Equal("Rule.Settlement.NotPayable", Assert.Throws<DomainRuleException>(() => new AwardPayout(settlement, advanced, payee, At)).Code);
        settlement.Review("clerk", At);
        settlement.Confirm("approver", At);
        Assert.Equal("Rule.Settlement.NotPayable", Assert.Throws<DomainRuleException>(() => new AwardPayout(settlement, ordinary, payee, At)).Code);

        var payout = new AwardPayout(settlement, advanced, payee, At);

        Assert.Equal(Money.FromYuan(50_000m), payout.Amount);
        Assert.Equal(Scoring.Q3, payout.Quarter);
        payout.Reverse(At);
        Assert.Throws<DomainRuleException>(() => payout.Reverse(At));
    }

    [Fact]
    public void Awards_leave_the_reserve_never_more_than_is_left_and_a_reversal_returns_them()
    {
        var pool = new FundingPool(2026, "2026年度以奖代补资金");
        pool.RecordReceipt(Grants.Domain.Ledger.FundingLevel.County, "以奖代补", "示财〔2026〕1号", new DateOnly(2026, 1, 10), Money.FromYuan(500_000m));
        pool.Reserve(Money.FromYuan(100_000m), new DateOnly(2026, 1, 11));

        pool.PayAwards(Money.FromYuan(70_000m));

        Assert.Equal(Money.FromYuan(30_000m), pool.ReserveBalance);
        Assert.Equal(Money.FromYuan(400_000m), pool.Available);
        Assert.Equal("Rule.AwardReserveShort", Assert.Throws<DomainRuleException>(() => pool.PayAwards(Money.FromYuan(30_000.01m))).Code);
        pool.ReturnAwards(Money.FromYuan(20_000m));
        Assert.Equal(Money.FromYuan(50_000m), pool.ReserveBalance);
    }

    private static Dictionary<int, int> Townships() => new() { [1] = 10, [2] = 10, [3] = 10, [4] = 10 };

    private static GradingResult Grading() => QuarterGrading.Compute(
        Scoring.Q3, GradingRules.Default,
        [Scoring.Entry(1, 95m), Scoring.Entry(2, 91m), Scoring.Entry(3, 80m), Scoring.Entry(4, 60m, cardsBefore: 1)],
        Money.FromYuan(1_000_000m));

    private static QuarterSettlement Drafted()
    {
        var settlement = new QuarterSettlement(Scoring.Q3, awardPoolId: 7, At, "system");
        settlement.Draft(Grading(), Townships(), 101, At);
        return settlement;
    }

    private static QuarterSettlement Confirmed()
    {
        var settlement = Drafted();
        settlement.Review("clerk", At);
        settlement.Confirm("approver", At);
        return settlement;
    }
}
