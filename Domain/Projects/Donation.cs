namespace Grants.Domain.Projects;

/// <summary>A social donation (社会捐赠) to a project, with the number of the donation receipt issued to the donor (捐赠票据).</summary>
public sealed class Donation
{
    private Donation() { }

    internal Donation(int projectId, string donor, Money amount, DateOnly donatedOn, string receiptNumber)
    {
        ProjectId = projectId;
        Donor = Text.Require(donor, "Donation.Donor", 100);
        Amount = amount.IsPositive ? amount : throw new DomainRuleException("Rule.AmountMustBePositive");
        DonatedOn = donatedOn;
        ReceiptNumber = Text.Require(receiptNumber, "Donation.ReceiptNumber", 40);
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public string Donor { get; private set; } = "";

    public Money Amount { get; private set; }

    public DateOnly DonatedOn { get; private set; }

    /// <summary>The pre-numbered receipt handed to the donor; unique across the county.</summary>
    public string ReceiptNumber { get; private set; } = "";
}
