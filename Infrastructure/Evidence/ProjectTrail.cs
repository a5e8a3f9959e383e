using System.Globalization;
using Grants.Domain.Audit;
using Grants.Domain.Disbursements;
using Grants.Reports.Evidence;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// A project's approval trail (审批记录): its heading, its lifecycle steps (recorded as days), the allocations it
/// received, and every request's steps — filed, submitted, returned, approved once or twice, rejected, paid — with who,
/// when, the amount, the payee and the reason or bank reference.
/// </summary>
internal static class ProjectTrail
{
    private const string OfProject = "项目";

    /// <param name="audit">The trail's records, or null for a reader who may not read them.</param>
    public static ApprovalTrail Build(ProjectFacts facts, IReadOnlyList<AuditRecord>? audit, string generatedBy, DateTimeOffset generatedAt) => new(
        $"{facts.Project.Name}审批记录", Heading(facts), [.. Lifecycle(facts), .. Allocations(facts), .. facts.Requests.SelectMany(Steps)],
        audit?.Select(r => AuditExcerpt.ToTrail(r, EntityName)).ToList(), generatedBy, generatedAt);

    private static List<TrailFact> Heading(ProjectFacts facts)
    {
        var p = facts.Project;
        var budget = p.Budget;
        var paid = facts.Requests.Where(r => r.Status == RequestStatus.Paid).Select(r => r.Amount).Aggregate(Domain.Money.Zero, (a, b) => a + b);
        return
        [
            new("乡镇", facts.Township),
            new("村（社区）", facts.Unit is null ? facts.Community : $"{facts.Community}·{facts.Unit}"),
            new("项目", string.Create(CultureInfo.InvariantCulture, $"{p.Name}（#{p.Id}）")),
            new("目录", p.CatalogueLine),
            new("状态", EvidenceText.Of(p.Status)),
            new("整合资金", EvidenceText.Yuan(p.IntegratedFunds)),
            new("预算合计", $"{EvidenceText.Yuan(budget.Total)}（整合资金 {budget.IntegratedFunds}；社会捐赠 {budget.Donations}；" +
                $"群众自筹 {budget.SelfFundingCash}；投工投劳 {budget.InKindTotal}）"),
            new("已支付", EvidenceText.Yuan(paid)),
        ];
    }

    private static IEnumerable<TrailEvent> Lifecycle(ProjectFacts facts)
    {
        var p = facts.Project;
        if (p.NoticeStartedOn is { } notice)
        {
            yield return TrailEvent.OnDay(notice, OfProject, "公示开始", null,
                note: string.Create(CultureInfo.InvariantCulture, $"公示{p.NoticeDays}天，至{EvidenceText.Day(p.NoticeLastDay!.Value)}"));
        }

        foreach (var o in p.Objections.OrderBy(o => o.Number))
        {
            yield return TrailEvent.OnDay(o.RaisedOn, OfProject, $"异议 {o.Number}", null, note: o.Text);
            if (o.ResolvedOn is { } resolved)
            {
                yield return TrailEvent.OnDay(resolved, OfProject, $"异议 {o.Number} 处理", null, note: o.Resolution);
            }
        }

        if (p.ApprovedOn is { } approved)
        {
            yield return TrailEvent.OnDay(approved, OfProject, "立项批准", p.ApprovedBy);
        }

        if (p.StartedOn is { } started)
        {
            yield return TrailEvent.OnDay(started, OfProject, "开工", null);
        }

        // Accepting works nobody marked complete records the completion on the inspection day: one step, not two.
        if (p.WorksCompletedOn is { } completed && completed != p.Acceptance?.AcceptedOn)
        {
            yield return TrailEvent.OnDay(completed, OfProject, "完工", null);
        }

        if (p.Acceptance is { } acceptance)
        {
            yield return TrailEvent.OnDay(acceptance.AcceptedOn, OfProject, "验收", acceptance.Inspector, note: EvidenceText.Clip(acceptance.Findings));
        }

        if (p.SettledOn is { } settled)
        {
            yield return TrailEvent.OnDay(settled, OfProject, "结算", null);
        }

        if (p.ArchivedOn is { } archived)
        {
            yield return TrailEvent.OnDay(archived, OfProject, "归档", null);
        }
    }

    private static IEnumerable<TrailEvent> Allocations(ProjectFacts facts) => facts.Allocations.Select(a =>
        TrailEvent.OnDay(a.On, OfProject, "资金下达", null, a.Amount, note: EvidenceText.Clip($"{a.Pool}：{a.Purpose}")));

    private static IEnumerable<TrailEvent> Steps(DisbursementRequest r)
    {
        var subject = EvidenceText.Request(r.Id);
        var payee = string.IsNullOrWhiteSpace(r.PayeeName) ? null : r.PayeeName;
        yield return new TrailEvent(r.FiledAt, false, subject, "填报", r.FiledBy, r.Amount, payee, r.Purpose);
        var firstApproved = false;
        foreach (var step in r.History.OrderBy(h => h.At).ThenBy(h => h.Id))
        {
            var note = step.Action switch
            {
                ReviewAction.Paid when r.PaidOn is { } paidOn => $"支付日期 {EvidenceText.Day(paidOn)}；银行流水号 {r.BankReference}",
                ReviewAction.Submitted when step.Round > 1 => string.Create(CultureInfo.InvariantCulture, $"第{step.Round}次提交"),
                _ => step.Reason,
            };
            yield return new TrailEvent(step.At, false, subject, EvidenceText.Of(step.Action, firstApproved), step.By, r.Amount, payee, note);
            firstApproved = step.Action switch
            {
                ReviewAction.FirstApproved => true,
                ReviewAction.Returned => false,
                _ => firstApproved,
            };
        }
    }

    private static string EntityName(string type, string id) => type switch
    {
        "Project" => $"项目 #{id}",
        "Project.Acceptance" => $"验收记录（项目 #{id}）",
        "Objection" => $"异议 #{id}",
        "Donation" => $"社会捐赠 #{id}",
        "InKindContribution" => $"投工投劳 #{id}",
        "PoolAllocation" => $"资金分配 #{id}",
        "DisbursementRequest" => $"报账单 #{id}",
        "Invoice" => $"发票 #{id}",
        "Invoice.File" => $"发票文件 #{id}",
        "Evidence" => $"附件 #{id}",
        "Evidence.File" => $"附件文件 #{id}",
        "ReviewStep" => $"审核步骤 #{id}",
        _ => $"{type} #{id}",
    };
}
