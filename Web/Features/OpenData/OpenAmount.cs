using Grants.Domain;

namespace Grants.Web.Features.OpenData;

public static class OpenAmount
{
    /// <summary>
    /// Yuan with exactly two decimals (¥1,000 → 1000.00): a decimal keeps its scale when written, and adding 0.00m
    /// raises every amount's scale to two without touching its value — no binary floating point anywhere.
    /// </summary>
    public static decimal Of(Money money) => money.Yuan + 0.00m;
}
