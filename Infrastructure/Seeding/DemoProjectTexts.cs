namespace Grants.Infrastructure.Seeding;

/// <summary>
/// Made-up words for the demo projects: donors, contributions, objections and acceptances as a township writes them.
/// People appear only as a surname with 某某, so the demo holds no one's personal data.
/// </summary>
internal static class DemoProjectTexts
{
    /// <summary>Where on the community's ground the works are, appended to the community's (and hamlet's) name.</summary>
    public static readonly string[] Spots = ["主干道沿线", "党群服务中心旁", "中心广场", "进出道路沿线", "老年活动中心周边", "沿河步道"];

    public static readonly string[] Roles = ["村委会主任", "村党支部书记", "社区党委书记", "塆组理事会会长", "村民小组长"];

    /// <summary>{0} is a surname.</summary>
    public static readonly string[] Donors =
    [
        "县商会", "在外乡贤{0}某某", "县建筑业协会", "在外乡贤{0}某某", "县个体劳动者协会", "本村在外创业人员{0}某某", "县女企业家协会",
    ];

    /// <summary>What the residents do themselves and the daily rate (元/工日) the township values it at.</summary>
    public static readonly (string Text, decimal Rate)[] Labour =
    [
        ("村民投工：土方开挖、场地清表", 150m), ("群众义务投劳：路基平整", 120m), ("党员群众志愿投工：拆违清障", 150m), ("村民投工：砌筑、勾缝", 180m),
    ];

    /// <summary>Materials the residents bring, valued per unit at the local market price.</summary>
    public static readonly (string Text, string Unit, decimal UnitValue, int From, int To)[] Materials =
    [
        ("群众自备砂石", "立方米", 90m, 40, 300), ("村民捐献旧青砖", "千块", 320m, 5, 30), ("群众自发捐栽苗木", "株", 35m, 100, 600),
        ("农户自有木料", "立方米", 1_200m, 2, 12),
    ];

    public static readonly (string Text, string Resolution)[] Objections =
    [
        ("部分村民反映施工线路占用自家菜地，要求调整。", "经村民理事会现场协商，线路向东调整1.5米，不再占用菜地，反映人签字同意。"),
        ("有群众询问自筹资金分摊标准是否公平。", "村务监督委员会公开了按户分摊明细，标准经户代表会议表决通过，已当面答复反映人。"),
        ("反映选址离居民点较远，老人使用不便。", "两委会复核后在原址增设便道和休息座椅，已在公示栏补充说明并答复反映人。"),
    ];

    public static readonly string[] Inspectors = ["乡镇联合验收组", "县财政局、乡镇联合验收组", "乡镇农业服务中心验收组"];

    public static readonly string[] Findings =
    [
        "工程按设计完成，质量合格，资料齐全，同意验收。",
        "工程量与预算相符，群众投工投劳台账完整，质量合格，同意验收。",
        "主体工程合格；排水沟局部勾缝已当场整改到位，同意验收。",
    ];
}
