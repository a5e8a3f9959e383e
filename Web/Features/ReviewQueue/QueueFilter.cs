using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Users;
using Grants.Web.Shared;

namespace Grants.Web.Features.ReviewQueue;

/// <summary>What a reviewer is warned of on a row (提示).</summary>
public enum QueueFlagKind
{
    DuplicateInvoice = 1, // 重复发票: an invoice already claimed elsewhere was tried on this request
    NearLimit = 2,        // 接近预算上限: the amount is 90% or more of what is left in its source
    MissingInvoice = 3,   // 缺少发票
}

/// <summary>
/// The queue's query string. Status "" is the reviewer's own queue (待我处理: submitted for a clerk, awaiting the
/// second approval for an approver), "all" is every status, otherwise one status by name.
/// </summary>
public sealed class QueueFilter : ListQuery
{
    public const string AllStatuses = "all";
    public const string ByAge = "age";
    public const string ByAmount = "amount";
    public const string ByTownship = "township";

    [Display(Name = "ReviewQueue.Township")]
    public int? TownshipId { get; set; }

    [Display(Name = "ReviewQueue.Status")]
    [StringLength(20, ErrorMessage = "Validation.StringLength")]
    public string? Status { get; set; }

    [Display(Name = "ReviewQueue.Flag")]
    public QueueFlagKind? Flag { get; set; }

    public static readonly string[] Keys = [nameof(TownshipId), nameof(Status), nameof(Flag), nameof(Q)];

    /// <summary>
    /// Only the three sortable columns; with no sort asked for, the oldest submission comes first, as a queue should.
    /// </summary>
    public void NormalizeSort()
    {
        if (string.IsNullOrEmpty(Sort))
        {
            (Sort, Desc) = (ByAge, true);
        }

        Sort = Sort.ToLowerInvariant() is ByAmount or ByTownship ? Sort.ToLowerInvariant() : ByAge;
    }

    /// <summary>The statuses this filter lists, given what the reviewer's own queue is.</summary>
    public IReadOnlyList<RequestStatus> Statuses(IReadOnlyList<RequestStatus> ownQueue) => Status switch
    {
        null or "" => ownQueue,
        AllStatuses => Enum.GetValues<RequestStatus>(),
        _ when Enum.TryParse<RequestStatus>(Status, ignoreCase: true, out var one) && Enum.IsDefined(one) => [one],
        _ => ownQueue,
    };

    /// <summary>
    /// What waits for this reviewer: the clerk's first review, the approver's second approval; the administrator and
    /// the auditor, who act on neither, see both.
    /// </summary>
    public static IReadOnlyList<RequestStatus> OwnQueueOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Role.FinanceClerk) ? [RequestStatus.Submitted]
            : user.IsInRole(Role.FinanceApprover) ? [RequestStatus.FirstApproved]
            : [RequestStatus.Submitted, RequestStatus.FirstApproved];
    }
}

public sealed record QueueRow
{
    public int Id { get; init; }

    public int TownshipId { get; init; }

    public string TownshipName { get; init; } = "";

    public string CommunityName { get; init; } = "";

    public int ProjectId { get; init; }

    public string ProjectName { get; init; } = "";

    public string? PayeeName { get; init; }

    public Money Amount { get; init; }

    public CashSource? Source { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public RequestStatus Status { get; init; }

    public bool DuplicateInvoice { get; init; }

    public bool NearLimit { get; init; }

    public bool MissingInvoice { get; init; }

    /// <summary>Whole days since submission, counted in China's calendar; filled after paging.</summary>
    public int? AgeDays { get; set; }
}

public sealed record TownshipChoice(int Id, string Name);

public sealed record QueueList(QueueFilter Filter, Paged<QueueRow> Rows, IReadOnlyList<TownshipChoice> Townships, IReadOnlyList<RequestStatus> OwnQueue);
