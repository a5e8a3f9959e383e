namespace Grants.Domain.Organisation;

/// <summary>村/社区. Projects and grades attach to a community or one of its units.</summary>
public sealed class Community
{
    private readonly List<Unit> units = [];

    private Community() { }

    public Community(int townshipId, string name, CommunityCategory category, bool isPilot, RolloutTier tier)
    {
        if (townshipId <= 0)
        {
            throw new DomainRuleException("Rule.TownshipRequired");
        }

        TownshipId = townshipId;
        Name = OrgName.Require(name, "Community.Name");
        Classify(category, tier);
        IsPilot = isPilot;
    }

    public int Id { get; private set; }

    public int TownshipId { get; private set; }

    public string Name { get; private set; } = "";

    public CommunityCategory Category { get; private set; }

    /// <summary>试点/样板点: assessed every quarter.</summary>
    public bool IsPilot { get; private set; }

    public RolloutTier Tier { get; private set; }

    public IReadOnlyCollection<Unit> Units => units.AsReadOnly();

    /// <summary>The committee's bank (开户银行) where quarterly awards are paid; none until the finance bureau registers it.</summary>
    public string? BankName { get; private set; }

    /// <summary>The committee's account number: digits only, kept as text (19 digits and leading zeros survive).</summary>
    public string? BankAccount { get; private set; }

    public void RegisterBankAccount(string bank, string account)
    {
        var name = Text.Require(bank, "Community.BankName", 60);
        var digits = Text.Require(account, "Community.BankAccount", 32);
        if (digits.Length < 6 || !digits.All(char.IsAsciiDigit))
        {
            throw new DomainRuleException("Rule.BankAccountDigits") { Field = "Community.BankAccount" };
        }

        (BankName, BankAccount) = (name, digits);
    }

    public void Rename(string name) => Name = OrgName.Require(name, "Community.Name");

    public void Classify(CommunityCategory category, RolloutTier tier)
    {
        if (!Enum.IsDefined(category))
        {
            throw new DomainRuleException("Rule.CategoryInvalid");
        }

        if (!Enum.IsDefined(tier))
        {
            throw new DomainRuleException("Rule.TierInvalid");
        }

        Category = category;
        Tier = tier;
    }

    public void MarkPilot(bool isPilot) => IsPilot = isPilot;

    public Unit AddUnit(string name, UnitKind kind)
    {
        var unit = new Unit(this, name, kind);
        RequireFreeUnitName(unit.Name, except: null);
        units.Add(unit);
        return unit;
    }

    /// <summary>Renames one of this community's units; no two units of a community share a name.</summary>
    public void RenameUnit(Unit unit, string name)
    {
        if (!units.Contains(unit))
        {
            throw new InvalidOperationException($"Unit {unit.Id} does not belong to community {Id}.");
        }

        var trimmed = OrgName.Require(name, "Unit.Name");
        RequireFreeUnitName(trimmed, except: unit);
        unit.Rename(trimmed);
    }

    // Field names the unit's own property; the web forms use the same name, so the error lands on their field.
    private void RequireFreeUnitName(string name, Unit? except)
    {
        if (units.Any(u => u != except && u.Name == name))
        {
            throw new DomainRuleException("Rule.UnitNameTaken", name) { Field = nameof(Unit.Name) };
        }
    }
}
