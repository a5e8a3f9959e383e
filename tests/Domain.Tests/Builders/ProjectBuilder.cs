using Grants.Domain.Projects;

namespace Grants.Domain.Tests.Builders;

/// <summary>A project in a community of township 1, with integrated funds already allocated if asked.</summary>
public sealed class ProjectBuilder
{
    private readonly List<Money> allocations = [];

    public ProjectBuilder WithAllocation(decimal yuan)
    {
        allocations.Add(Money.FromYuan(yuan));
        return this;
    }

    public Project Build()
    {
        var project = new Project(townshipId: 1, communityId: 10, unitId: null, "东风村文化广场", "公共服务设施");
        allocations.ForEach(project.ReceiveAllocation);
        return project;
    }
}
