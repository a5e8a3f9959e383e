using Grants.Domain.Assessment;

namespace Grants.Domain.Settlement;

/// <summary>
/// An award paid from the award pool's reserve to a community's committee account. The database holds one live payout
/// per (quarter, community): a retried job, a second worker or a re-run finds it and makes no other. A re-opened
/// quarter reverses it (<see cref="ReversedAt"/>) before the next round pays again.
/// </summary>
public sealed class AwardPayout
{
    private AwardPayout() { }

    public AwardPayout(QuarterSettlement settlement, SettlementLine line, Payee payee, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(payee);
        if (settlement.Status != SettlementStatus.Confirmed || !line.Award.IsPositive)
        {
            throw new DomainRuleException("Rule.Settlement.NotPayable", settlement.Quarter.ToString());
        }

        SettlementId = settlement.Id;
        Quarter = settlement.Quarter;
        Round = settlement.Round;
        CommunityId = line.CommunityId;
        TownshipId = line.TownshipId;
        PoolId = settlement.AwardPoolId;
        Grade = line.Grade;
        Amount = line.Award;
        (PayeeName, PayeeBank, PayeeAccount) = (payee.Name, payee.Bank, payee.Account);
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public int SettlementId { get; private set; }

    public Quarter Quarter { get; private set; }

    public int Round { get; private set; }

    public int CommunityId { get; private set; }

    /// <summary>Kept on the payout so the township scope filters it without a join.</summary>
    public int TownshipId { get; private set; }

    public int PoolId { get; private set; }

    public Grade Grade { get; private set; }

    public Money Amount { get; private set; }

    public string PayeeName { get; private set; } = "";

    public string PayeeBank { get; private set; } = "";

    public string PayeeAccount { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReversedAt { get; private set; }

    public void Reverse(DateTimeOffset at)
    {
        if (ReversedAt is not null)
        {
            throw new DomainRuleException("Rule.Settlement.PayoutReversed", Id);
        }

        ReversedAt = at;
    }
}

/// <summary>Who receives an award: the community's committee and its account, as registered for the community.</summary>
public sealed record Payee(string Name, string Bank, string Account);
