namespace Grants.Domain.Assessment;

/// <summary>A community's grade for a quarter: 先进 advanced and 成效 effective earn awards; 一般 ordinary gets a black card (挂黑牌).</summary>
public enum Grade
{
    Advanced = 1,
    Effective = 2,
    Ordinary = 3,
}
