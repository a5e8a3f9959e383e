namespace Grants.Web.Features.OpenData;

/// <summary>
/// One grant in the shape of the 360Giving Data Standard (https://standard.threesixtygiving.org): the property names
/// become the standard's camelCase names when written, and a null property is left out. Amounts are yuan as decimals
/// with two places (see <see cref="OpenAmount"/>). <see cref="FundingBySource"/> is our addition: the standard has no
/// field for a grant's money by source, which is what 以奖代补 publishes.
/// </summary>
public sealed record OpenGrant(
    string Id, string Title, string Description, string Currency, decimal AmountAwarded, DateOnly AwardDate,
    IReadOnlyList<OpenOrganization> RecipientOrganization, IReadOnlyList<OpenOrganization> FundingOrganization)
{
    public IReadOnlyList<OpenLocation>? BeneficiaryLocation { get; init; }

    public IReadOnlyList<OpenEvent>? PlannedDates { get; init; }

    public IReadOnlyList<OpenEvent>? ActualDates { get; init; }

    public IReadOnlyList<OpenProgramme>? GrantProgramme { get; init; }

    public IReadOnlyList<OpenClassification>? Classifications { get; init; }

    public IReadOnlyList<OpenFunding>? FundingBySource { get; init; }

    public string? Url { get; init; }

    public string? DataSource { get; init; }
}

/// <summary>An organisation as the standard names one: a publisher-prefixed id when it has no registered number.</summary>
public sealed record OpenOrganization(string Id, string Name)
{
    public string? AddressLocality { get; init; }

    public string? AddressRegion { get; init; }

    public string? AddressCountry { get; init; }
}

public sealed record OpenLocation(string Name, string CountryCode);

public sealed record OpenEvent(DateOnly StartDate, DateOnly? EndDate);

public sealed record OpenProgramme(string Code, string Title);

public sealed record OpenClassification(string Vocabulary, string Code, string Title);

/// <summary>Part of a grant's money from one source: a budget level (apportioned), donors, residents' cash or in kind.</summary>
public sealed record OpenFunding(string Source, string Title, decimal Amount);

/// <summary>What the package says about itself, before its grants.</summary>
public sealed record OpenPackage(string Title, DateOnly Issued, OpenOrganization Publisher, string? AccessUrl);
