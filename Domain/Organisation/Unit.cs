namespace Grants.Domain.Organisation;

/// <summary>自然塆 / 居民小区 / 居民小组 under a community.</summary>
public sealed class Unit
{
    private Unit() { }

    internal Unit(Community community, string name, UnitKind kind)
    {
        Community = community;
        Name = OrgName.Require(name, "Unit.Name");
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainRuleException("Rule.UnitKindInvalid");
    }

    public int Id { get; private set; }

    public int CommunityId { get; private set; }

    public Community Community { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public UnitKind Kind { get; private set; }

    /// <summary>Through <see cref="Community.RenameUnit"/>, which knows the sibling names.</summary>
    internal void Rename(string name) => Name = OrgName.Require(name, "Unit.Name");

    /// <summary>Corrects a unit entered with the wrong kind, e.g. a 居民小组 recorded as a 自然塆.</summary>
    public void Reclassify(UnitKind kind) =>
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainRuleException("Rule.UnitKindInvalid");
}
