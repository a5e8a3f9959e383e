namespace Grants.Infrastructure.Seeding;

/// <summary>Who a demo payment goes to (收款单位), at which bank, and what for; {0} in a purpose is the instalment.</summary>
internal sealed record DemoPayee(string Name, string Bank, string ReferencePrefix, string[] Purposes, bool Contracted = true);

/// <summary>
/// Made-up words for the demo's disbursement requests (报账): companies and small shops paid, the purposes (事由) as a
/// township writes them, and the finance bureau's reasons for returning or refusing a voucher. Companies are
/// fictitious; people appear only as a surname with 某某.
/// </summary>
internal static class DemoRequestTexts
{
    /// <summary>Paid by bank transfer (the reference prefix is the bank's service number, as on its receipts).</summary>
    public static readonly DemoPayee[] Payees =
    [
        new("湖北鑫达建筑工程有限公司", "中国工商银行股份有限公司城关支行", "95588", ["主体工程进度款（第{0}期）", "土建工程进度款（第{0}期）"]),
        new("荆楚路桥建设有限公司", "中国农业银行股份有限公司河口支行", "95599", ["道路硬化工程进度款（第{0}期）", "排水沟及涵管工程款（第{0}期）"]),
        new("绿源园林绿化工程有限公司", "湖北农村商业银行新街支行", "96568", ["绿化苗木及栽植费", "游园景观工程进度款（第{0}期）"]),
        new("明辉照明器材有限公司", "中国建设银行股份有限公司县支行", "95533", ["太阳能路灯采购及安装费", "广场照明设备款"]),
        new("洁源环保设备有限公司", "中国邮政储蓄银行县支行", "95580", ["垃圾分类收集亭采购款", "分类垃圾桶采购款"]),
        new("宏远建材经营部", "湖北农村商业银行城关支行", "96568", ["水泥、砂石材料款", "透水砖及路沿石材料款"], Contracted: false),
        new("鸿图规划设计咨询有限公司", "中国银行股份有限公司县支行", "95566", ["方案设计及施工图设计费"]),
        new("诚信工程监理有限公司", "中国工商银行股份有限公司城关支行", "95588", ["工程监理费（第{0}期）"]),
    ];

    /// <summary>Small local expenses paid in cash, under the cash limit, against a shop's invoice.</summary>
    public static readonly DemoPayee[] CashPayees =
    [
        new("张记五金建材店", "", "XJ", ["零星五金材料（铁钉、扎丝、铁锹）"], Contracted: false),
        new("李记农机维修部", "", "XJ", ["小型机械维修费"], Contracted: false),
        new("周记水泥砂石经营部", "", "XJ", ["零星水泥砂浆材料"], Contracted: false),
        new("刘记挖机租赁", "", "XJ", ["挖机台班费（半日）"], Contracted: false),
    ];

    /// <summary>The final payment of an accepted project, carried with its acceptance record (验收单).</summary>
    public const string FinalPayment = "工程尾款（竣工验收后）";

    public static readonly string[] ReturnReasons =
    [
        "缺少现场施工照片，请补充后重新提交。",
        "发票开具日期早于合同签订日期，请附情况说明。",
        "证明人未签字，请补签后重新上传报账单。",
        "收款账户户名与合同乙方名称不一致，请核实后更正。",
    ];

    public static readonly string[] RejectReasons =
    [
        "该笔支出不属于项目批复的建设内容，不予报账。",
        "与已支付的进度款重复申请，不予报账。",
        "发票开具单位与收款单位不一致且无法说明，不予报账。",
    ];

    /// <summary>经办人 and 证明人 are people of the village: a role after the surname.</summary>
    public static readonly string[] HandlerRoles = ["村报账员", "村会计", "社区出纳"];

    public static readonly string[] WitnessRoles = ["村委会主任", "村务监督委员会主任", "塆组理事会会长"];
}
