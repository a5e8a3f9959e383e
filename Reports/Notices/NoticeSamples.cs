using Grants.Domain;
using Grants.Domain.Assessment;

namespace Grants.Reports.Notices;

/// <summary>Realistic sample notices, for `./grants samples`, the README pictures and the tests.</summary>
public static class NoticeSamples
{
    public static IssuingBody Issuer { get; } = new("示范县", "示范县财政局", "示范县财政局文件", "示财", "示范县财政局办公室");

    private static readonly CriterionScore[] GoodScores =
    [
        new("人居环境", 23.50m, 25), new("群众参与", 18.00m, 20), new("项目进度", 18.50m, 20), new("资金规范", 19.00m, 20), new("文化润心", 13.50m, 15),
    ];

    private static readonly CriterionScore[] PoorScores =
    [
        new("人居环境", 16.00m, 25), new("群众参与", 12.50m, 20), new("项目进度", 11.00m, 20), new("资金规范", 9.00m, 20), new("文化润心", 10.50m, 15),
    ];

    public static NoticeHeader Header(int sequence, string? replaces = null) => new(
        Issuer, 2026, sequence, new DateOnly(2026, 10, 15), ["县共同缔造工作领导小组办公室", "县审计局"],
        VerifyUrl: $"https://grants.example.gov.cn/public/notices/2026Q3-{sequence:D3}", Replaces: replaces);

    public static AwardNoticeModel Award() => new(
        Header(31), "城关镇", "东关社区", "2026年第三季度", 92.50m, 3, 48, Grade.Advanced, Money.FromYuan(50_000m),
        GoodScores, 95.00m, "2026年度县级以奖代补奖励资金", new DateOnly(2026, 11, 15));

    public static BlackCardNoticeModel BlackCard() => new(
        Header(52), "河口镇", "南岭村", "2026年第三季度", 59.00m, 46, 48, PoorScores, 62.50m, 2, new DateOnly(2026, 11, 30));

    public static InterviewNoticeModel Interview() => new(
        Header(53), "河口镇", "南岭村", ["2026年第二季度", "2026年第三季度"], new DateTime(2026, 10, 22, 9, 30, 0),
        "县财政局三楼会议室", ["河口镇分管负责同志", "南岭村党组织书记、村民委员会主任", "南岭村报账员"]);
}
