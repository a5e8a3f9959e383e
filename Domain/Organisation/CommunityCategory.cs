namespace Grants.Domain.Organisation;

/// <summary>The six kinds of community the county rolls co-creation out by; each carries its own rubric.</summary>
public enum CommunityCategory
{
    UrbanCentre = 1,       // 城区中心社区
    UrbanFringe = 2,       // 城乡结合部社区
    ResidentialCompound = 3, // 居民小区
    MarketTown = 4,        // 乡镇集镇社区
    FarmingVillage = 5,    // 传统农业村
    NaturalHamlet = 6,     // 农村自然塆组
}
