namespace Grants.Domain.Projects;

/// <summary>
/// A community co-creation project (项目), registered by the township's accountant for a community or one of its
/// units: chosen from residents' suggestions (清单) against the catalogue (菜单), with a budget by source (账单).
/// The lifecycle is in Project.Lifecycle.cs, the tranche plan applied to it in Project.Tranches.cs.
/// </summary>
public sealed partial class Project
{
    private readonly List<Donation> donations = [];
    private readonly List<InKindContribution> inKind = [];

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

    public string? Location { get; private set; }

    /// <summary>Residents' suggestions collected (群众建议) and how many were merged into this project.</summary>
    public int SuggestionsCollected { get; private set; }

    public int SuggestionsMerged { get; private set; }

    public DateOnly? PlannedStart { get; private set; }

    public DateOnly? PlannedEnd { get; private set; }

    public string? ResponsiblePerson { get; private set; }

    /// <summary>Integrated funds allocated from pools (整合资金); kept equal to the project's ledger account by verify.</summary>
    public Money IntegratedFunds { get; private set; }

    /// <summary>Residents' self-funding in cash (群众自筹).</summary>
    public Money SelfFundingCash { get; private set; }

    /// <summary>Optimistic concurrency token: two allocations to one project at once cannot lose one another.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Donation> Donations => donations.AsReadOnly();

    public IReadOnlyList<InKindContribution> InKind => inKind.AsReadOnly();

    public Budget Budget => new(
        IntegratedFunds,
        donations.Total(d => d.Amount),
        SelfFundingCash,
        inKind.Where(c => c.Kind == InKindKind.Labour).Total(c => c.Value),
        inKind.Where(c => c.Kind == InKindKind.Materials).Total(c => c.Value));

    /// <summary>The registration details; fixed once the public notice has shown them.</summary>
    public void Describe(string location, int suggestionsCollected, int suggestionsMerged, DateOnly plannedStart, DateOnly plannedEnd, string responsiblePerson)
    {
        EnsureStatus(ProjectStatus.Planning, "Rule.ProjectDetailsFixed");
        if (suggestionsCollected < 0 || suggestionsMerged < 0 || suggestionsMerged > suggestionsCollected)
        {
            throw new DomainRuleException("Rule.SuggestionCountsInvalid", suggestionsCollected, suggestionsMerged) { Field = "SuggestionsMerged" };
        }

        if (plannedEnd < plannedStart)
        {
            throw new DomainRuleException("Rule.PlannedEndBeforeStart", Iso(plannedEnd), Iso(plannedStart)) { Field = "PlannedEnd" };
        }

        Location = Text.Require(location, "Project.Location", 100);
        ResponsiblePerson = Text.Require(responsiblePerson, "Project.ResponsiblePerson", 40);
        (SuggestionsCollected, SuggestionsMerged) = (suggestionsCollected, suggestionsMerged);
        (PlannedStart, PlannedEnd) = (plannedStart, plannedEnd);
        Version++;
    }

    public void ReceiveAllocation(Money amount)
    {
        EnsureOpenForFunds();
        if (!amount.IsPositive)
        {
            throw new DomainRuleException("Rule.AmountMustBePositive");
        }

        IntegratedFunds += amount;
        Version++;
    }

    public Donation ReceiveDonation(string donor, Money amount, DateOnly donatedOn, string receiptNumber)
    {
        EnsureOpenForFunds();
        var donation = new Donation(Id, donor, amount, donatedOn, receiptNumber);
        if (donations.Any(d => d.ReceiptNumber == donation.ReceiptNumber))
        {
            throw new DomainRuleException("Rule.DonationReceiptTaken", donation.ReceiptNumber) { Field = "ReceiptNumber" };
        }

        donations.Add(donation);
        Version++;
        return donation;
    }

    /// <summary>
    /// Sets what the residents have put in, in cash; zero when they give only labour or materials. Returns the change,
    /// which the ledger posts: more cash in, or — a correction — less.
    /// </summary>
    public Money PledgeSelfFunding(Money amount)
    {
        EnsureOpenForFunds();
        if (amount.IsNegative)
        {
            throw new DomainRuleException("Rule.AmountMustNotBeNegative");
        }

        if (amount < DisbursedSelfFunding)
        {
            throw new DomainRuleException("Rule.SelfFundingBelowDisbursed", DisbursedSelfFunding.ToString()) { Field = "Amount" };
        }

        var change = amount - SelfFundingCash;
        SelfFundingCash = amount;
        Version++;
        return change;
    }

    public InKindContribution RecordLabour(string description, decimal personDays, Money dailyRate) =>
        AddInKind(new InKindContribution(Id, InKindKind.Labour, description, personDays, "工日", dailyRate));

    public InKindContribution RecordMaterials(string description, decimal quantity, string unit, Money unitValue) =>
        AddInKind(new InKindContribution(Id, InKindKind.Materials, description, quantity, unit, unitValue));

    private InKindContribution AddInKind(InKindContribution contribution)
    {
        EnsureOpenForFunds();
        inKind.Add(contribution);
        Version++;
        return contribution;
    }

    private void EnsureOpenForFunds()
    {
        if (Status is ProjectStatus.Settled or ProjectStatus.Archived)
        {
            throw new DomainRuleException("Rule.ProjectClosedForFunds", Name);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", null);
}
