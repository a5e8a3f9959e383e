using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

/// <summary>Cash from donors and residents enters the project's account, balanced against where it came from; in-kind never does.</summary>
public sealed class ProjectPostingsTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_donation_debits_the_project_and_credits_the_donors_of_its_year_named_by_its_receipt()
    {
        var project = new ProjectBuilder().Build().AsSaved(5);
        var donation = project.ReceiveDonation("县建筑商会", Money.FromYuan(20_000.5m), new DateOnly(2026, 2, 20), "鄂捐 0000101");

        var entry = ProjectPostings.Donation(donation, At, "accountant1");

        Assert.Equal(JournalKind.Donation, entry.Kind);
        Assert.Equal("donation:鄂捐 0000101", entry.Source);
        Assert.Equal(new DateOnly(2026, 2, 20), entry.BookedOn);
        Assert.Equal(
            [("project:5:funds", Money.FromYuan(20_000.5m), Money.Zero), ("source:donors:2026", Money.Zero, Money.FromYuan(20_000.5m))],
            entry.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
    }

    [Fact]
    public void Residents_cash_posts_what_changed_and_a_lower_figure_posts_a_correction_the_other_way()
    {
        var project = new ProjectBuilder().Build().AsSaved(9);
        var on = new DateOnly(2026, 4, 2);

        var first = ProjectPostings.SelfFunding(project, project.PledgeSelfFunding(Money.FromYuan(10_000)), on, At, "accountant1")!;
        var correction = ProjectPostings.SelfFunding(project, project.PledgeSelfFunding(Money.FromYuan(6_000)), on, At, "accountant1")!;
        var unchanged = ProjectPostings.SelfFunding(project, project.PledgeSelfFunding(Money.FromYuan(6_000)), on, At, "accountant1");

        Assert.Equal([("project:9:funds", Money.FromYuan(10_000), Money.Zero), ("source:residents:2026", Money.Zero, Money.FromYuan(10_000))],
            first.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Equal([("source:residents:2026", Money.FromYuan(4_000), Money.Zero), ("project:9:funds", Money.Zero, Money.FromYuan(4_000))],
            correction.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Null(unchanged);
        var net = new[] { first, correction }.SelectMany(e => e.Lines).Where(l => l.Account == "project:9:funds").Sum(l => l.Debit.Fen - l.Credit.Fen);
        Assert.Equal(project.SelfFundingCash.Fen, net);
        Assert.All(new[] { first, correction }, e => Assert.Equal(JournalKind.SelfFunding, e.Kind));
    }
}
