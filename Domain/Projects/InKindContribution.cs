namespace Grants.Domain.Projects;

/// <summary>
/// Residents' contribution in kind (投工投劳): labour in person-days at a daily rate, or materials by quantity at a
/// unit value. Its value is rounded once, when recorded, and reported beside the cash — never paid out.
/// </summary>
public sealed class InKindContribution
{
    private InKindContribution() { }

    internal InKindContribution(int projectId, InKindKind kind, string description, decimal quantity, string unit, Money unitValue)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Rule.InKindKindInvalid");
        }

        if (quantity <= 0m || decimal.Round(quantity, 3) != quantity || quantity > 1_000_000_000m)
        {
            throw new DomainRuleException("Rule.InKindQuantityInvalid", quantity);
        }

        ProjectId = projectId;
        Kind = kind;
        Description = Text.Require(description, "InKind.Description", 100);
        Quantity = quantity;
        Unit = Text.Require(unit, "InKind.Unit", 10);
        UnitValue = unitValue.IsPositive ? unitValue : throw new DomainRuleException("Rule.AmountMustBePositive");
        Value = Money.Round(quantity * unitValue.Yuan);
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public InKindKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>Person-days for labour, the quantity for materials; up to three decimals.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>工日 for labour; 吨, 立方米 … for materials.</summary>
    public string Unit { get; private set; } = "";

    /// <summary>The daily rate for labour, the unit value for materials.</summary>
    public Money UnitValue { get; private set; }

    /// <summary>Quantity × unit value, rounded to the fen half away from zero.</summary>
    public Money Value { get; private set; }
}

public enum InKindKind
{
    Labour = 1,    // 投工
    Materials = 2, // 投料
}
