using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class ProjectTests
{
    [Fact]
    public void A_new_project_is_in_planning_with_no_integrated_funds()
    {
        var project = new Project(1, 10, unitId: 3, " 东风村文化广场 ", "公共服务设施");

        Assert.Equal(ProjectStatus.Planning, project.Status);
        Assert.Equal("东风村文化广场", project.Name);
        Assert.Equal((1, 10, (int?)3), (project.TownshipId, project.CommunityId, project.UnitId));
        Assert.Equal(Money.Zero, project.IntegratedFunds);
        Assert.Equal(0, project.Version);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    public void A_project_without_a_township_or_community_is_refused(int townshipId, int communityId) =>
        Assert.Equal("Rule.CommunityRequired", Assert.Throws<DomainRuleException>(() => new Project(townshipId, communityId, null, "广场", "设施")).Code);

    [Fact]
    public void Receiving_an_allocation_adds_to_the_integrated_funds_and_bumps_the_version()
    {
        var project = new ProjectBuilder().WithAllocation(300).Build();

        project.ReceiveAllocation(Money.FromYuan(0.01m));

        Assert.Equal(Money.FromYuan(300.01m), project.IntegratedFunds);
        Assert.Equal(2, project.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_allocation_of_nothing_or_less_is_refused_and_nothing_changes(long fen)
    {
        var project = new ProjectBuilder().WithAllocation(300).Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.ReceiveAllocation(Money.FromFen(fen)));

        Assert.Equal("Rule.AmountMustBePositive", refused.Code);
        Assert.Equal(Money.FromYuan(300), project.IntegratedFunds);
        Assert.Equal(1, project.Version);
    }
}
