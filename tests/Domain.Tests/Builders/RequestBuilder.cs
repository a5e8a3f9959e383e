using Grants.Domain.Disbursements;
using Grants.Domain.Projects;

namespace Grants.Domain.Tests.Builders;

/// <summary>
/// A disbursement request filed by accountant1 for a saved project, complete and with an invoice and a contract
/// unless a test says otherwise, moved through the review to the status it asks for. Reviews happen on 6 May 2026,
/// 10:00 China time; the payment on the 7th.
/// </summary>
public sealed class RequestBuilder(Project project)
{
    public const string Accountant = "accountant1";
    public const string Clerk = "clerk";
    public const string Approver = "approver";
    public const int ProjectId = 5;
    public static readonly DateTimeOffset FiledAt = new(2026, 5, 4, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SubmittedAt = new(2026, 5, 5, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReviewedAt = new(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly PaidOn = new(2026, 5, 7);

    private readonly List<Action<DisbursementRequest>> evidence = [Invoice("3300261130", "04567812"), Evidence(EvidenceKind.Contract)];
    private RequestDetails details = Details(30_000);
    private RequestStatus status = RequestStatus.Draft;
    private int id = 42;

    /// <summary>
    /// ¥1,000,000 saved as project 5: integrated 600,000 (60%), donation 150,000, self-funding 100,000 and labour
    /// 150,000 (residents 25%); ¥850,000 payable, so ¥255,000 at start, ¥680,000 before and all after acceptance.
    /// </summary>
    public static Project LargeProject(ProjectStatus status = ProjectStatus.InProgress) =>
        new ProjectBuilder().WithAllocation(600_000).WithDonation(150_000).WithSelfFunding(100_000).WithLabour(1_000, 150)
            .In(status).Build().AsSaved(ProjectId);

    public static RequestDetails Details(decimal yuan, CashSource source = CashSource.IntegratedFunds, PaymentMethod method = PaymentMethod.BankTransfer) =>
        new(Money.FromYuan(yuan), source, "县路桥工程有限公司", "农业银行城关支行", "6228 4800 1234 5678", "文化广场硬化进度款", "李会计", "王村长", method);

    public static string Sha(char c) => new(c, 64);

    public RequestBuilder WithAmount(decimal yuan, CashSource source = CashSource.IntegratedFunds)
    {
        details = details with { Amount = Money.FromYuan(yuan), Source = source };
        return this;
    }

    public RequestBuilder With(RequestDetails requestDetails)
    {
        details = requestDetails;
        return this;
    }

    public RequestBuilder WithoutEvidence()
    {
        evidence.Clear();
        return this;
    }

    public RequestBuilder WithEvidence(EvidenceKind kind)
    {
        evidence.Add(Evidence(kind));
        return this;
    }

    public RequestBuilder WithInvoice(string code, string number)
    {
        evidence.Add(Invoice(code, number));
        return this;
    }

    public RequestBuilder SavedAs(int requestId)
    {
        id = requestId;
        return this;
    }

    /// <summary>Moves the request to <paramref name="target"/>; FirstApproved needs an amount above ¥100,000.</summary>
    public RequestBuilder In(RequestStatus target)
    {
        status = target;
        return this;
    }

    public DisbursementRequest Build()
    {
        var request = new DisbursementRequest(project, Accountant, FiledAt, Guid.NewGuid()).AsSaved(id);
        request.Edit(details);
        evidence.ForEach(add => add(request));
        Advance(request);
        return request.Status == status ? request : throw new InvalidOperationException($"The request reached {request.Status}, not {status}.");
    }

    private void Advance(DisbursementRequest request)
    {
        if (status == RequestStatus.Draft)
        {
            return;
        }

        request.SubmitTo(project);
        if (status is RequestStatus.Returned or RequestStatus.Rejected)
        {
            Action<string, DateTimeOffset, string> step = status == RequestStatus.Returned ? request.ReturnForCorrection : request.Reject;
            step(Clerk, ReviewedAt, "发票金额与合同不符");
            return;
        }

        if (status != RequestStatus.Submitted && !request.ApproveAs(project, Clerk) && status != RequestStatus.FirstApproved)
        {
            request.ConfirmAs(project, Approver);
        }

        if (status == RequestStatus.Paid)
        {
            request.RecordPayment(Clerk, ReviewedAt.AddDays(1), PaidOn, "ABC20260507000123");
        }
    }

    private static Action<DisbursementRequest> Invoice(string code, string number) =>
        r => r.AddInvoice(code, number, Money.FromYuan(30_000), new DateOnly(2026, 4, 28), "县路桥工程有限公司", Sha('a'), "发票.pdf");

    private static Action<DisbursementRequest> Evidence(EvidenceKind kind) => r => r.AddEvidence(kind, Sha('b'), $"{kind}.pdf");
}

/// <summary>The review steps with the county's default rules, so a test names only what it is about.</summary>
public static class RequestSteps
{
    public static void SubmitTo(this DisbursementRequest request, Project project, string by = RequestBuilder.Accountant) =>
        request.Submit(project, by, RequestBuilder.SubmittedAt, DisbursementRules.Default, TranchePlan.Default, CoFinancingRules.Default);

    public static bool ApproveAs(this DisbursementRequest request, Project project, string by, DateTimeOffset? at = null) =>
        request.Approve(project, by, at ?? RequestBuilder.ReviewedAt, DisbursementRules.Default, TranchePlan.Default, CoFinancingRules.Default);

    public static void ConfirmAs(this DisbursementRequest request, Project project, string by, DateTimeOffset? at = null) =>
        request.ConfirmApproval(project, by, at ?? RequestBuilder.ReviewedAt.AddHours(4), TranchePlan.Default, CoFinancingRules.Default);
}
