using Grants.Domain.Organisation;

namespace Grants.Reports.Settlement;

/// <summary>Community categories as official documents name them (documents are Chinese only).</summary>
public static class CategoryText
{
    public static string Of(CommunityCategory category) => category switch
    {
        CommunityCategory.UrbanCentre => "城区中心社区",
        CommunityCategory.UrbanFringe => "城乡结合部社区",
        CommunityCategory.ResidentialCompound => "居民小区",
        CommunityCategory.MarketTown => "乡镇集镇社区",
        CommunityCategory.FarmingVillage => "传统农业村",
        CommunityCategory.NaturalHamlet => "农村自然塆组",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a community category."),
    };
}
