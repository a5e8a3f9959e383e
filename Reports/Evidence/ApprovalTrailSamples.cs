using Grants.Domain;

namespace Grants.Reports.Evidence;

/// <summary>Realistic sample approval trails, for `./grants samples`, previews and the tests.</summary>
public static class ApprovalTrailSamples
{
    private static readonly TimeSpan China = ApprovalTrail.ChinaOffset;
    private static readonly DateTimeOffset Generated = new(2026, 11, 20, 9, 15, 0, China);

    public static ApprovalTrail Project() => new(
        "东关社区文化广场硬化工程审批记录",
        [
            new("乡镇", "城关镇"), new("村（社区）", "东关社区"), new("项目", "东关社区文化广场硬化工程（#12）"), new("目录", "公共空间改造提升"),
            new("状态", "实施"), new("预算合计", "¥320,000.00（整合资金 ¥180,000.00；社会捐赠 ¥80,000.00；群众自筹 ¥40,000.00；投工投劳 ¥20,000.00）"),
        ],
        [
            TrailEvent.OnDay(new DateOnly(2026, 3, 2), "项目", "公示开始", null, note: "公示10天，至2026-03-11"),
            TrailEvent.OnDay(new DateOnly(2026, 3, 16), "项目", "立项批准", "approver"),
            TrailEvent.OnDay(new DateOnly(2026, 3, 18), "项目", "资金下达", null, Money.FromYuan(180_000m), note: "2026年度以奖代补资金池：文化广场"),
            TrailEvent.OnDay(new DateOnly(2026, 4, 1), "项目", "开工", null),
            new(At(2026, 5, 28, 9, 12), false, "报账单 #31", "填报", "accountant1", Money.FromYuan(120_000m), "城关镇宏达建筑队", "广场硬化工程进度款"),
            new(At(2026, 5, 28, 9, 40), false, "报账单 #31", "提交", "accountant1", Money.FromYuan(120_000m), "城关镇宏达建筑队"),
            new(At(2026, 5, 29, 15, 3), false, "报账单 #31", "退回修改", "clerk", Money.FromYuan(120_000m), "城关镇宏达建筑队", "请补充施工合同"),
            new(At(2026, 5, 30, 10, 0), false, "报账单 #31", "提交", "accountant1", Money.FromYuan(120_000m), "城关镇宏达建筑队"),
            new(At(2026, 6, 1, 10, 0), false, "报账单 #31", "初审通过", "clerk", Money.FromYuan(120_000m), "城关镇宏达建筑队"),
            new(At(2026, 6, 2, 16, 45), false, "报账单 #31", "复核通过", "approver", Money.FromYuan(120_000m), "城关镇宏达建筑队"),
            new(At(2026, 6, 3, 11, 20), false, "报账单 #31", "支付", "clerk", Money.FromYuan(120_000m), "城关镇宏达建筑队", "支付日期 2026-06-03；银行流水号 95588-20260603-001"),
        ],
        [
            new(1041, At(2026, 5, 28, 9, 12), "accountant1", "10.20.3.17", "新增", "报账单 #31", "POST /requests/create", null),
            new(1057, At(2026, 6, 1, 10, 0), "clerk", "10.20.1.5", "修改", "报账单 #31", "POST /review/approve/31", "Status、FirstApprovedBy、Version"),
            new(1063, At(2026, 6, 2, 16, 45), "approver", "10.20.1.9", "修改", "报账单 #31", "POST /review/approve/31", "Status、ApprovedBy、ApprovedAt、Version"),
        ],
        "auditor",
        Generated);

    public static ApprovalTrail Quarter() => new(
        "2026年第三季度以奖代补考核结账审批记录",
        [
            new("季度", "2026年第三季度（2026Q3）"), new("当前轮次", "第2轮"), new("状态", "已完成"), new("奖励资金池", "2026年度县级以奖代补奖励资金"),
            new("奖励合计", "¥1,250,000.00"), new("输入快照 SHA-256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
        ],
        [
            new(At(2026, 10, 8, 9, 0), false, "第1轮", "开立并生成草稿", "clerk"),
            new(At(2026, 10, 9, 14, 30), false, "第1轮", "审核", "clerk"),
            new(At(2026, 10, 10, 10, 5), false, "第1轮", "确认", "approver"),
            new(At(2026, 10, 12, 9, 30), false, "第1轮", "申请重新打开", "admin", Note: "理由：河口镇渔湾村群众评价录入有误，需更正后重新结账"),
            new(At(2026, 10, 12, 11, 0), false, "第2轮", "同意重新打开", "approver", Note: "申请人：admin；理由：河口镇渔湾村群众评价录入有误，需更正后重新结账"),
            new(At(2026, 10, 13, 9, 0), false, "第2轮", "审核", "clerk"),
            new(At(2026, 10, 14, 10, 0), false, "第2轮", "确认", "approver"),
            new(At(2026, 10, 14, 10, 2), false, "第2轮", "奖励拨付完成", "system", Money.FromYuan(1_250_000m)),
            new(At(2026, 10, 14, 10, 9), false, "第2轮", "文件印发完成", "system"),
        ],
        [],
        "auditor",
        Generated);

    /// <summary>A project with many requests: <paramref name="events"/> steps, spread over the year.</summary>
    public static ApprovalTrail ManySteps(int events) => Project() with
    {
        Events = [.. Enumerable.Range(0, events).Select(i => new TrailEvent(
            At(2026, 1, 5, 9, 0).AddHours(i * 7), false, $"报账单 #{100 + (i / 6)}", Steps[i % Steps.Length], i % 6 < 2 ? "accountant1" : "clerk",
            Money.FromYuan(1_000m + (i * 13.5m)), $"收款单位{i / 6:D3}", i % 6 == 5 ? $"银行流水号 95588-{i:D6}" : null))],
    };

    private static readonly string[] Steps = ["填报", "提交", "初审通过", "复核通过", "审核通过", "支付"];

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, China);
}
