using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grants.Domain;
using Grants.Domain.Assessment;

namespace Grants.Reports.Settlement;

/// <summary>
/// A made-up but plausible settlement of the demo county's third quarter of 2026, for previews and tests. The scores
/// are written by hand; composite, rank, grade and award follow from them by the county's rule as printed below.
/// </summary>
public static class SettlementSamples
{
    private const int AdvancedPlaces = 10;
    private static readonly Money AdvancedAward = Money.FromYuan(50_000m);
    private static readonly Money EffectiveAward = Money.FromYuan(20_000m);

    private static readonly CriterionHeading[] Criteria =
        [new("人居环境", 25), new("群众参与", 20), new("项目进度", 20), new("资金规范", 20), new("文化润心", 15)];

    private static readonly string[] Townships = ["城关镇", "河口镇", "青石镇", "白沙乡", "柳林乡"];

    // Township number, community, category, the five criteria, residents' score (群众评价), earlier black cards in a row.
    private static readonly (int Township, string Community, string Category, decimal[] Scores, decimal Residents, int EarlierCards)[] Rows =
    [
        (1, "东关社区", "城区中心社区", [23.5m, 18.5m, 19m, 19m, 14m], 95.2m, 0),
        (1, "西关社区", "城区中心社区", [22.5m, 18m, 18m, 18.5m, 13.5m], 91.6m, 0),
        (1, "南门社区", "城区中心社区", [20.5m, 16m, 17m, 18m, 12.5m], 86.4m, 0),
        (1, "北门社区", "城区中心社区", [24m, 19m, 18.5m, 19.5m, 14.5m], 96.8m, 0),
        (1, "城南社区", "城乡结合部社区", [18m, 14.5m, 15m, 16m, 11m], 80.3m, 0),
        (1, "十里社区", "城乡结合部社区", [15.5m, 12m, 13.5m, 14m, 9.5m], 71.5m, 1),
        (1, "五里社区", "城乡结合部社区", [21.5m, 17m, 18m, 18m, 13.5m], 90.7m, 1),
        (2, "河口街集镇社区", "乡镇集镇社区", [22.5m, 18m, 18.5m, 19m, 13.5m], 93.1m, 0),
        (2, "沙河村", "传统农业村", [19m, 15.5m, 16m, 17m, 12m], 84.2m, 0),
        (2, "港口村", "传统农业村", [16m, 13m, 12.5m, 15m, 10m], 74.6m, 0),
        (2, "渔湾村", "传统农业村", [23m, 18.5m, 19m, 18.5m, 14m], 94.5m, 0),
        (2, "望江村", "传统农业村", [14.5m, 11.5m, 12m, 13m, 9m], 68.9m, 1),
        (2, "桥头村", "传统农业村", [20m, 16.5m, 17m, 17.5m, 12.5m], 87.8m, 0),
        (3, "青石街集镇社区", "乡镇集镇社区", [21m, 17m, 17.5m, 18m, 13m], 89.3m, 0),
        (3, "青石村", "传统农业村", [22.5m, 18m, 19m, 19m, 14m], 92.4m, 0),
        (3, "石门村", "传统农业村", [17.5m, 14m, 14.5m, 16m, 11m], 79.5m, 0),
        (3, "松山村", "传统农业村", [15m, 12.5m, 13m, 14.5m, 10m], 73.2m, 0),
        (3, "梅岭村", "传统农业村", [19.5m, 15.5m, 16.5m, 17m, 12m], 85.6m, 0),
        (3, "凤凰村", "传统农业村", [23.5m, 19m, 18m, 19m, 14.5m], 95.9m, 0),
        (4, "白沙街集镇社区", "乡镇集镇社区", [18.5m, 15m, 15.5m, 16.5m, 11.5m], 82.7m, 0),
        (4, "白沙村", "传统农业村", [22m, 17.5m, 18.5m, 18.5m, 13.5m], 91.1m, 0),
        (4, "白鹤村", "传统农业村", [13.5m, 11m, 11.5m, 12.5m, 8.5m], 66.4m, 1),
        (4, "莲花村", "传统农业村", [17m, 13.5m, 14m, 15.5m, 10.5m], 77.9m, 0),
        (4, "稻香村", "传统农业村", [16.5m, 13m, 14m, 14.5m, 10m], 75.1m, 0),
        (5, "柳林街集镇社区", "乡镇集镇社区", [20m, 16m, 16.5m, 17.5m, 12.5m], 86.9m, 0),
        (5, "杨柳村", "传统农业村", [22m, 18m, 18.5m, 18.5m, 13.5m], 92.8m, 0),
        (5, "枫林村", "传统农业村", [15.5m, 12.5m, 12m, 14m, 9.5m], 70.8m, 0),
        (5, "竹园村", "传统农业村", [19m, 15m, 16m, 16.5m, 12m], 83.4m, 0),
        (5, "茶园村", "传统农业村", [22.5m, 18.5m, 18m, 19m, 14m], 93.6m, 0),
        (5, "金桥村", "传统农业村", [23m, 18.5m, 19m, 19m, 14m], 94.0m, 0),
    ];

    /// <summary>
    /// The sample settlement. Composite = rubric points × 80% + residents' score × 20%, to two decimals; 先进 needs
    /// 90 or more and a place in the top ten (so the eleventh community above 90 is only 成效), 成效 needs 75.
    /// </summary>
    public static SettlementReport Report()
    {
        var ranked = Rows
            .Select(r => (Row: r, Composite: Math.Round(r.Scores.Sum() * 0.8m + r.Residents * 0.2m, 2, MidpointRounding.AwayFromZero)))
            .OrderByDescending(r => r.Composite)
            .ToList();

        var results = ranked.Select((r, i) =>
        {
            var rank = i + 1;
            var grade = r.Composite >= 90 && rank <= AdvancedPlaces ? Grade.Advanced : r.Composite >= 75 ? Grade.Effective : Grade.Ordinary;
            var ordinary = grade == Grade.Ordinary;
            return new CommunityResult(
                $"T{r.Row.Township:D2}", Townships[r.Row.Township - 1], r.Row.Community, r.Row.Category, [.. r.Row.Scores.Select(s => (decimal?)s)], r.Row.Residents,
                r.Composite, rank, grade,
                grade switch { Grade.Advanced => AdvancedAward, Grade.Effective => EffectiveAward, _ => Money.Zero },
                BlackCardsInARow: ordinary ? r.Row.EarlierCards + 1 : 0,
                CardRemoved: !ordinary && r.Row.EarlierCards > 0);
        }).ToList();

        return new SettlementReport(
            "示范县", "示范县财政局", "2026Q3", "2026年第三季度", new DateOnly(2026, 10, 15), "王会计", "李局长",
            Criteria, results, InputHash(results));
    }

    /// <summary>The payment list for <paramref name="report"/>: one transfer per rewarded community, in rank order.</summary>
    public static PaymentList Payments(SettlementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Results
            .Where(r => r.Award.IsPositive)
            .OrderBy(r => r.Rank)
            .Select((r, i) => new PaymentLine(
                i + 1,
                ChineseText.Committee(r.Community),
                $"{report.County}农村商业银行{r.Township}支行",
                Account(r),
                r.Award,
                $"{report.QuarterName}以奖代补奖励（{GradeText.Of(r.Grade)}）",
                $"JS{report.QuarterCode}-{i + 1:D4}"))
            .ToList();

        return new PaymentList(
            $"{report.County}{report.QuarterName}以奖代补奖励资金支付清单", report.Issuer, "1770120104000012345",
            $"中国农业银行{report.County}支行", report.SettledOn, lines);
    }

    /// <summary>The account holder is the community's committee: a village's 村民委员会, a neighbourhood's 居民委员会.</summary>
    /// <summary>A made-up 19-digit account: bank and branch prefix, township, then a serial from the name, stable across runs.</summary>
    private static string Account(CommunityResult result)
    {
        var serial = BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(result.Community))) % 100_000_000;
        return $"82010{result.TownshipCode[1..]}0001{serial:D8}";
    }

    private static string InputHash(IEnumerable<CommunityResult> results)
    {
        var text = string.Join('\n', results.Select(r =>
            string.Join('|', [r.TownshipCode, r.Community, .. r.CriterionScores.Select(s => s?.ToString(CultureInfo.InvariantCulture) ?? ""), r.ResidentsScore.ToString(CultureInfo.InvariantCulture)])));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
