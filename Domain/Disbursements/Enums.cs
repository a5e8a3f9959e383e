namespace Grants.Domain.Disbursements;

/// <summary>Where a request is in its review. Returned requests go back to the accountant and come round again.</summary>
public enum RequestStatus
{
    Draft = 1,          // 草稿
    Submitted = 2,      // 待审核
    Returned = 3,       // 退回修改
    FirstApproved = 4,  // 初审通过，待复核 (above the threshold)
    Approved = 5,       // 审核通过，待支付
    Paid = 6,           // 已支付
    Rejected = 7,       // 不予报账
}

/// <summary>Which of the project's cash sources a payment draws on; labour and materials in kind are never paid.</summary>
public enum CashSource
{
    IntegratedFunds = 1, // 整合资金
    Donations = 2,       // 社会捐赠
    SelfFunding = 3,     // 群众自筹
}

public enum PaymentMethod
{
    BankTransfer = 1, // 银行转账
    Cash = 2,         // 现金
}

/// <summary>The pieces of a voucher's evidence set (附件).</summary>
public enum EvidenceKind
{
    Contract = 1,         // 合同
    Invoice = 2,          // 发票 (its details are an Invoice)
    AcceptanceRecord = 3, // 验收单
    Photo = 4,            // 现场照片
    Iou = 5,              // 白条: never enough on its own
    Other = 6,
}

/// <summary>What happened to a request, kept round after round (审批流程).</summary>
public enum ReviewAction
{
    Submitted = 1,
    Returned = 2,
    FirstApproved = 3,
    Approved = 4,
    Rejected = 5,
    Paid = 6,
}
