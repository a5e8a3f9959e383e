using Grants.Domain.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.ReviewQueue;

/// <summary>审核队列: the county's finance staff see what waits for review; the administrator and the auditor read it too.</summary>
[Authorize(Roles = Readers)]
public sealed class ReviewQueueController(ReviewQueueQuery queue) : Controller
{
    public const string Readers = Role.FinanceClerk + "," + Role.FinanceApprover + "," + Role.Administrator + "," + Role.Auditor;

    [HttpGet]
    public async Task<IActionResult> Index(QueueFilter filter, CancellationToken ct) =>
        View(await queue.ListAsync(filter, QueueFilter.OwnQueueOf(User), ct));
}
