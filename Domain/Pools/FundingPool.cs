using Grants.Domain.Ledger;

namespace Grants.Domain.Pools;

/// <summary>
/// 以奖代补资金池: money integrated for one fiscal year from province, city, county and department budget lines.
/// Available = received + carried in − allocated − reserved − carried out, and it never goes below zero: every
/// movement checks it here, and <see cref="Version"/> makes a concurrent change lose instead of overdrawing.
/// </summary>
public sealed class FundingPool
{
    private readonly List<PoolReceipt> receipts = [];
    private readonly List<PoolAllocation> allocations = [];

    private FundingPool() { }

    public FundingPool(int fiscalYear, string name)
    {
        if (fiscalYear is < 2000 or > 2100)
        {
            throw new DomainRuleException("Rule.FiscalYearInvalid", fiscalYear);
        }

        FiscalYear = fiscalYear;
        Name = Text.Require(name, "Pool.Name", 60);
    }

    public int Id { get; private set; }

    public int FiscalYear { get; private set; }

    public string Name { get; private set; } = "";

    public Money Received { get; private set; }

    public Money CarriedIn { get; private set; }

    public Money Allocated { get; private set; }

    public Money Reserved { get; private set; }

    public Money CarriedOut { get; private set; }

    /// <summary>Quarterly awards paid out of <see cref="Reserved"/>, net of reversals.</summary>
    public Money AwardsPaid { get; private set; }

    /// <summary>What is left of the reserve for awards (奖补资金池余额).</summary>
    public Money ReserveBalance => Reserved - AwardsPaid;

    /// <summary>Set once the balance has been carried forward (结转): the pool then takes no more movements.</summary>
    public int? CarriedForwardToPoolId { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every movement, checked by the database on save.</summary>
    public int Version { get; private set; }

    public Money Available => Received + CarriedIn - Allocated - Reserved - CarriedOut;

    public bool IsClosed => CarriedForwardToPoolId is not null;

    public IReadOnlyList<PoolReceipt> Receipts => receipts.AsReadOnly();

    public IReadOnlyList<PoolAllocation> Allocations => allocations.AsReadOnly();

    public PoolReceipt RecordReceipt(FundingLevel level, string catalogueLine, string documentNumber, DateOnly receivedOn, Money amount)
    {
        EnsureOpen();
        EnsureInYear(receivedOn);
        RequirePositive(amount);
        var receipt = new PoolReceipt(this, level, catalogueLine, documentNumber, receivedOn, amount);
        receipts.Add(receipt);
        Received += amount;
        Version++;
        return receipt;
    }

    public PoolAllocation Allocate(int projectId, Money amount, DateOnly allocatedOn, string purpose)
    {
        EnsureOpen();
        EnsureInYear(allocatedOn);
        EnsureAvailable(amount);
        var allocation = new PoolAllocation(this, projectId, amount, allocatedOn, purpose);
        allocations.Add(allocation);
        Allocated += amount;
        Version++;
        return allocation;
    }

    /// <summary>Sets money aside for the quarterly awards; it leaves Available but stays in the pool.</summary>
    public void Reserve(Money amount, DateOnly reservedOn)
    {
        EnsureOpen();
        EnsureInYear(reservedOn);
        EnsureAvailable(amount);
        Reserved += amount;
        Version++;
    }

    /// <summary>Pays quarterly awards out of the reserve; never more than is left of it.</summary>
    public void PayAwards(Money amount)
    {
        RequirePositive(amount);
        if (amount > ReserveBalance)
        {
            throw new DomainRuleException("Rule.AwardReserveShort", amount, ReserveBalance, Name);
        }

        AwardsPaid += amount;
        Version++;
    }

    /// <summary>A reversed award returns to the reserve.</summary>
    public void ReturnAwards(Money amount)
    {
        RequirePositive(amount);
        if (amount > AwardsPaid)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "More than was paid cannot come back.");
        }

        AwardsPaid -= amount;
        Version++;
    }

    /// <summary>结转结余: moves what is still available into next year's pool, and closes this one.</summary>
    public Money CarryForwardTo(FundingPool next)
    {
        ArgumentNullException.ThrowIfNull(next);
        EnsureOpen();
        next.EnsureOpen();
        if (next.FiscalYear != FiscalYear + 1 || next.Id == 0 || next.Id == Id)
        {
            throw new DomainRuleException("Rule.CarryForwardNextYearOnly", FiscalYear + 1);
        }

        var balance = Available;
        CarriedOut += balance;
        CarriedForwardToPoolId = next.Id;
        next.CarriedIn += balance;
        Version++;
        next.Version++;
        return balance;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException("Rule.PoolClosed", Name);
        }
    }

    private void EnsureInYear(DateOnly date)
    {
        if (date.Year != FiscalYear)
        {
            throw new DomainRuleException("Rule.DateOutsideFiscalYear", date.ToString("yyyy-MM-dd", null), FiscalYear);
        }
    }

    private void EnsureAvailable(Money amount)
    {
        RequirePositive(amount);
        if (amount > Available)
        {
            throw new DomainRuleException("Rule.PoolInsufficient", amount.ToString(), Available.ToString());
        }
    }

    internal static void RequirePositive(Money amount)
    {
        if (!amount.IsPositive)
        {
            throw new DomainRuleException("Rule.AmountMustBePositive");
        }
    }
}
