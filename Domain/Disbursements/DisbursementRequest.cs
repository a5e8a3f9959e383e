using Grants.Domain.Projects;

namespace Grants.Domain.Disbursements;

/// <summary>
/// 报账单: a township accountant's request to pay money out of a project, with its evidence set. A draft may be
/// incomplete; submission checks it whole (DisbursementRequest.Submission.cs); the finance bureau reviews it
/// (DisbursementRequest.Review.cs) and the payment is recorded once the money has gone.
/// </summary>
public sealed partial class DisbursementRequest
{
    private readonly List<Invoice> invoices = [];
    private readonly List<Evidence> evidence = [];
    private readonly List<ReviewStep> history = [];

    private DisbursementRequest() { }

    /// <param name="token">The form's idempotency token: a replayed or double-clicked POST finds the request it already made.</param>
    public DisbursementRequest(Project project, string filedBy, DateTimeOffset filedAt, Guid token)
    {
        ArgumentNullException.ThrowIfNull(project);
        ProjectId = project.Id;
        TownshipId = project.TownshipId;
        FiledBy = Text.Require(filedBy, "Request.FiledBy", 64);
        FiledAt = filedAt;
        Token = token != Guid.Empty ? token : throw new ArgumentException("A request needs its form's token.", nameof(token));
        Status = RequestStatus.Draft;
        Round = 1;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    /// <summary>Kept on the request so the township scope filters it without a join.</summary>
    public int TownshipId { get; private set; }

    public Guid Token { get; private set; }

    public RequestStatus Status { get; private set; }

    public string FiledBy { get; private set; } = "";

    public DateTimeOffset FiledAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>1 at first; a return for correction starts the next round.</summary>
    public int Round { get; private set; }

    public Money Amount { get; private set; }

    public CashSource? Source { get; private set; }

    public string? PayeeName { get; private set; }

    public string? PayeeBank { get; private set; }

    public string? PayeeAccount { get; private set; }

    /// <summary>事由.</summary>
    public string? Purpose { get; private set; }

    /// <summary>经办人.</summary>
    public string? Handler { get; private set; }

    /// <summary>证明人.</summary>
    public string? Witness { get; private set; }

    public PaymentMethod? Method { get; private set; }

    public string? FirstApprovedBy { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>The day of the approval in China (UTC+8): the booking date of its entry, the earliest day of payment.</summary>
    public DateOnly? ApprovedOn => ApprovedAt is { } at ? DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime) : null;

    public DateOnly? PaidOn { get; private set; }

    /// <summary>The bank's reference of the transfer (or the cash voucher number).</summary>
    public string? BankReference { get; private set; }

    /// <summary>How often an invoice already claimed elsewhere was tried on this request: a flag for the reviewer.</summary>
    public int DuplicateInvoiceAttempts { get; private set; }

    /// <summary>Optimistic concurrency token: two reviewers acting at once cannot both succeed.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Invoice> Invoices => invoices.AsReadOnly();

    public IReadOnlyList<Evidence> Evidence => evidence.AsReadOnly();

    public IReadOnlyList<ReviewStep> History => history.AsReadOnly();

    public bool IsEditable => Status is RequestStatus.Draft or RequestStatus.Returned;

    /// <summary>Saves what the accountant typed so far; each value given must already be well-formed.</summary>
    public void Edit(RequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable();
        if (details.Amount.IsNegative)
        {
            throw new DomainRuleException("Rule.AmountMustBePositive") { Field = nameof(Amount) };
        }

        if (details.Source is { } source && !Enum.IsDefined(source))
        {
            throw new DomainRuleException("Rule.CashSourceInvalid") { Field = nameof(Source) };
        }

        if (details.Method is { } method && !Enum.IsDefined(method))
        {
            throw new DomainRuleException("Rule.PaymentMethodInvalid") { Field = nameof(Method) };
        }

        // Every text is checked before anything is assigned: a refused edit changes nothing.
        var payeeName = Optional(details.PayeeName, "Request.PayeeName", 100, nameof(PayeeName));
        var payeeBank = Optional(details.PayeeBank, "Request.PayeeBank", 100, nameof(PayeeBank));
        var payeeAccount = Optional(details.PayeeAccount?.Replace(" ", "", StringComparison.Ordinal), "Request.PayeeAccount", 40, nameof(PayeeAccount));
        var purpose = Optional(details.Purpose, "Request.Purpose", 200, nameof(Purpose));
        var handler = Optional(details.Handler, "Request.Handler", 40, nameof(Handler));
        var witness = Optional(details.Witness, "Request.Witness", 40, nameof(Witness));
        (Amount, Source, PayeeName, PayeeBank, PayeeAccount) = (details.Amount, details.Source, payeeName, payeeBank, payeeAccount);
        (Purpose, Handler, Witness) = (purpose, handler, witness);
        Method = details.Method;
        Version++;
    }

    public Invoice AddInvoice(string code, string number, Money amount, DateOnly issuedOn, string issuer, string fileSha256, string fileName)
    {
        EnsureEditable();
        var invoice = new Invoice(Id, code, number, amount, issuedOn, issuer, fileSha256, fileName);
        if (invoices.Exists(i => i.Code == invoice.Code && i.Number == invoice.Number))
        {
            throw new DomainRuleException("Rule.InvoiceTwiceOnRequest", invoice.Code, invoice.Number) { Field = "InvoiceNumber" };
        }

        invoices.Add(invoice);
        Version++;
        return invoice;
    }

    /// <summary>Notes that an invoice claimed by another request was tried here; the attempt itself adds nothing.</summary>
    public void NoteDuplicateInvoiceAttempt()
    {
        DuplicateInvoiceAttempts++;
        Version++;
    }

    public Evidence AddEvidence(EvidenceKind kind, string fileSha256, string fileName)
    {
        EnsureEditable();
        var item = new Evidence(Id, kind, fileSha256, fileName);
        evidence.Add(item);
        Version++;
        return item;
    }

    /// <summary>Takes an invoice off the evidence set while the request is still being written.</summary>
    public void RemoveInvoice(int invoiceId)
    {
        EnsureEditable();
        if (invoiceId <= 0 || invoices.RemoveAll(i => i.Id == invoiceId) == 0)
        {
            throw new DomainRuleException("Rule.EvidenceNotFound");
        }

        Version++;
    }

    /// <summary>Takes a file other than an invoice off the evidence set while the request is still being written.</summary>
    public void RemoveEvidence(int evidenceId)
    {
        EnsureEditable();
        if (evidenceId <= 0 || evidence.RemoveAll(e => e.Id == evidenceId) == 0)
        {
            throw new DomainRuleException("Rule.EvidenceNotFound");
        }

        Version++;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainRuleException("Rule.RequestNotEditable", StatusKey(Status));
        }
    }

    private void Record(ReviewAction action, string by, DateTimeOffset at, string? reason = null) =>
        history.Add(new ReviewStep(Id, Round, action, by, at, reason));

    private static string? Optional(string? value, string field, int maxLength, string property) =>
        string.IsNullOrWhiteSpace(value) ? null : Text.Require(value, field, maxLength, property);

    private static string StatusKey(RequestStatus status) => $"RequestStatus.{status}";
}
