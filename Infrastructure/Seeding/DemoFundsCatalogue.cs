using System.Globalization;
using Grants.Domain.Ledger;

namespace Grants.Infrastructure.Seeding;

/// <summary>One receipt of the demo pools: which level sent it, under which document (文号), for which catalogue line.</summary>
internal sealed record DemoReceipt(FundingLevel Level, string Issuer, int Number, string CatalogueLine, DateOnly On, decimal Yuan)
{
    /// <summary>Each copy of the county (--scale) has its own documents, numbered on from the first copy's.</summary>
    public string DocumentNumber(int copy) =>
        $"{Issuer}〔{On.Year.ToString(CultureInfo.InvariantCulture)}〕{(Number + (copy - 1) * 100).ToString(CultureInfo.InvariantCulture)}号";
}

/// <summary>Made-up but plausible money for the demo county (a 湖北 county under 孝感, documents in the local style).</summary>
internal static class DemoFundsCatalogue
{
    /// <summary>项目指导目录 items the demo's receipts and projects are earmarked for (the "menu" 菜单).</summary>
    public static readonly string[] CatalogueLines = ["人居环境整治", "村塆道路硬化", "文化活动阵地", "便民服务设施", "产业发展配套", "公共空间微改造"];

    /// <summary>Per copy of the twelve townships: 12,000,000 yuan from the four levels.</summary>
    public static IReadOnlyList<DemoReceipt> Receipts(int year) =>
    [
        new(FundingLevel.County, "应财农发", 3, "便民服务设施", new(year, 1, 20), 1_500_000m),
        new(FundingLevel.Province, "鄂财农发", 12, "人居环境整治", new(year, 2, 10), 3_600_000m),
        new(FundingLevel.City, "孝财农发", 9, "文化活动阵地", new(year, 3, 5), 1_200_000m),
        new(FundingLevel.Province, "鄂财农发", 27, "村塆道路硬化", new(year, 3, 18), 2_400_000m),
        new(FundingLevel.Department, "应农发", 6, "产业发展配套", new(year, 3, 27), 600_000m),
        new(FundingLevel.City, "孝财农发", 16, "公共空间微改造", new(year, 4, 8), 800_000m),
        new(FundingLevel.Department, "应交发", 11, "村塆道路硬化", new(year, 4, 15), 900_000m),
        new(FundingLevel.County, "应财农发", 21, "产业发展配套", new(year, 4, 22), 1_000_000m),
    ];

    /// <summary>Per copy: last year's 3,600,000 yuan, of which what the townships' first projects did not take is carried forward.</summary>
    public static IReadOnlyList<DemoReceipt> LastYearReceipts(int year) =>
    [
        new(FundingLevel.Province, "鄂财农发", 31, "人居环境整治", new(year, 3, 12), 2_400_000m),
        new(FundingLevel.County, "应财农发", 14, "公共空间微改造", new(year, 5, 20), 1_200_000m),
    ];

    /// <summary>Set aside from the current pool per copy for the quarterly awards (季度考核奖励).</summary>
    public const decimal QuarterlyAwardsYuan = 1_500_000m;
}
