using System.Globalization;
using Grants.Domain;
using Grants.Domain.Audit;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Domain.Settlement;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// The Chinese words of the pack's documents. An evidence pack is a Chinese document whoever asks for it, as the
/// notices are, so these do not follow the reader's language (the same words as Web/Resources, where the pages use them).
/// </summary>
internal static class EvidenceText
{
    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Planning => "谋划",
        ProjectStatus.PublicNotice => "公示",
        ProjectStatus.Approved => "立项",
        ProjectStatus.InProgress => "实施",
        ProjectStatus.Accepted => "验收",
        ProjectStatus.Settled => "结算",
        ProjectStatus.Archived => "归档",
        _ => status.ToString(),
    };

    public static string Of(RequestStatus status) => status switch
    {
        RequestStatus.Draft => "草稿",
        RequestStatus.Submitted => "待审核",
        RequestStatus.Returned => "退回修改",
        RequestStatus.FirstApproved => "待复核",
        RequestStatus.Approved => "待支付",
        RequestStatus.Paid => "已支付",
        RequestStatus.Rejected => "不予报账",
        _ => status.ToString(),
    };

    public static string Of(SettlementStatus status) => status switch
    {
        SettlementStatus.Drafted => "待审核",
        SettlementStatus.Reviewed => "待确认",
        SettlementStatus.Confirmed => "已确认，拨付中",
        SettlementStatus.Paid => "已拨付，生成文件中",
        SettlementStatus.Issued => "已完成",
        _ => status.ToString(),
    };

    public static string Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Contract => "合同",
        EvidenceKind.Invoice => "发票",
        EvidenceKind.AcceptanceRecord => "验收单",
        EvidenceKind.Photo => "现场照片",
        EvidenceKind.Iou => "白条",
        _ => "其他",
    };

    public static string Of(JournalKind kind) => kind switch
    {
        JournalKind.PoolReceipt => "资金到账",
        JournalKind.Allocation => "分配到项目",
        JournalKind.Reservation => "预留季度奖励",
        JournalKind.CarryForward => "结转结余",
        JournalKind.Donation => "社会捐赠",
        JournalKind.SelfFunding => "群众自筹",
        JournalKind.DisbursementApproved => "报账审核通过",
        JournalKind.Payment => "支付",
        JournalKind.Reversal => "冲销",
        JournalKind.AwardPayout => "季度奖励拨付",
        _ => kind.ToString(),
    };

    /// <summary>A request step; the approval after a first approval is the second one (复核).</summary>
    public static string Of(ReviewAction action, bool secondApproval) => action switch
    {
        ReviewAction.Submitted => "提交",
        ReviewAction.Returned => "退回修改",
        ReviewAction.FirstApproved => "初审通过",
        ReviewAction.Approved => secondApproval ? "复核通过" : "审核通过",
        ReviewAction.Rejected => "不予报账",
        ReviewAction.Paid => "支付",
        _ => action.ToString(),
    };

    public static string AuditAction(string action) => action switch
    {
        AuditActions.Added => "新增",
        AuditActions.Modified => "修改",
        AuditActions.Deleted => "删除",
        _ => action,
    };

    public static string Request(int id) => string.Create(CultureInfo.InvariantCulture, $"报账单 #{id}");

    public static string Round(int round) => string.Create(CultureInfo.InvariantCulture, $"第{round}轮");

    public static string Yuan(Money amount) => amount.ToString();

    /// <summary>A remark cut to what the trail's note column holds (a finding may run to 1,000 characters).</summary>
    public static string Clip(string text, int max = 500) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
