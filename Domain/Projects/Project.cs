namespace Grants.Domain.Projects;

/// <summary>
/// A community co-creation project (项目), registered by the township's accountant for a community or one of its
/// units. This is the part the funding pools need (who it belongs to, what it is); budgets by source, the
/// lifecycle transitions and the tranche plan grow here with the projects feature.
/// </summary>
public sealed class Project
{
    private Project() { }

    public Project(int townshipId, int communityId, int? unitId, string name, string catalogueLine)
    {
        if (townshipId <= 0 || communityId <= 0)
        {
            throw new DomainRuleException("Rule.CommunityRequired");
        }

        TownshipId = townshipId;
        CommunityId = communityId;
        UnitId = unitId;
        Name = Text.Require(name, "Project.Name", 100);
        CatalogueLine = Text.Require(catalogueLine, "Project.CatalogueLine", 100);
        Status = ProjectStatus.Planning;
    }

    public int Id { get; private set; }

    /// <summary>Kept on the project itself so the township scope filters it without a join.</summary>
    public int TownshipId { get; private set; }

    public int CommunityId { get; private set; }

    public int? UnitId { get; private set; }

    public string Name { get; private set; } = "";

    public string CatalogueLine { get; private set; } = "";

    public ProjectStatus Status { get; private set; }

    /// <summary>Integrated funds allocated from pools (整合资金); kept equal to the project's ledger account by verify.</summary>
    public Money IntegratedFunds { get; private set; }

    /// <summary>Optimistic concurrency token: two allocations to one project at once cannot lose one another.</summary>
    public int Version { get; private set; }

    public void ReceiveAllocation(Money amount)
    {
        if (!amount.IsPositive)
        {
            throw new DomainRuleException("Rule.AmountMustBePositive");
        }

        if (Status is ProjectStatus.Settled or ProjectStatus.Archived)
        {
            throw new DomainRuleException("Rule.ProjectClosedForFunds", Name);
        }

        IntegratedFunds += amount;
        Version++;
    }
}
