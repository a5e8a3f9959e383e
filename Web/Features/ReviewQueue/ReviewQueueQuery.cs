using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ReviewQueue;

/// <summary>
/// 审核队列: filtered, sorted and paged in the database, so the page costs about the same with a hundred requests or
/// a hundred thousand.
/// </summary>
public sealed class ReviewQueueQuery(GrantsDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async Task<QueueList> ListAsync(QueueFilter filter, IReadOnlyList<RequestStatus> ownQueue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new TownshipChoice(t.Id, t.Name)).ToListAsync(ct);
        var page = await PageAsync(filter, filter.Statuses(ownQueue), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);
        foreach (var row in page.Items)
        {
            row.AgeDays = row.SubmittedAt is { } at ? today.DayNumber - DateOnly.FromDateTime(at.ToOffset(China).DateTime).DayNumber : null;
        }

        return new QueueList(filter, page, townships, ownQueue);
    }

    /// <summary>
    /// Filtered, sorted and paged on the requests table alone — its own columns and indexes, a join only where a filter
    /// needs one — so neither the count nor the sort touches another table for every row; the page's 25 rows are then
    /// read with their names and flags. The query filters keep every reader inside their township scope.
    /// </summary>
    private async Task<Paged<QueueRow>> PageAsync(QueueFilter filter, IReadOnlyList<RequestStatus> statuses, CancellationToken ct)
    {
        filter.Normalize();
        filter.NormalizeSort();
        var requests = db.Requests.AsNoTracking();
        if (statuses.Count < Enum.GetValues<RequestStatus>().Length)
        {
            requests = requests.Where(r => statuses.Contains(r.Status));
        }

        if (filter.TownshipId is { } townshipId)
        {
            requests = requests.Where(r => r.TownshipId == townshipId);
        }

        if (filter.Q is { } q)
        {
            // The matching projects are found once, not looked up again for every request.
            var projects = db.Projects.Where(p => p.Name.Contains(q)).Select(p => p.Id);
            requests = requests.Where(r => r.PayeeName!.Contains(q) || projects.Contains(r.ProjectId));
        }

        requests = filter.Flag switch
        {
            QueueFlagKind.DuplicateInvoice => requests.Where(r => r.DuplicateInvoiceAttempts > 0),
            // A join, not EXISTS: PostgreSQL then joins the flag to the filtered requests instead of computing it for all of them first.
            QueueFlagKind.NearLimit => from r in requests join h in QueueSql.Headroom(db) on r.Id equals h.Id where h.NearLimit select r,
            QueueFlagKind.MissingInvoice => requests.Where(r => !db.Invoices.Any(i => i.RequestId == r.Id)),
            _ => requests,
        };

        // Townships sort in the county's order, which is the order their ids were given in (T01, T02, …).
        var sorted = filter.Sort switch
        {
            QueueFilter.ByAmount => filter.Desc ? requests.OrderByDescending(r => r.Amount) : requests.OrderBy(r => r.Amount),
            QueueFilter.ByTownship => filter.Desc ? requests.OrderByDescending(r => r.TownshipId) : requests.OrderBy(r => r.TownshipId),
            _ => BySubmission(requests, oldestFirst: filter.Desc),
        };
        var ids = await sorted.ThenBy(r => r.Id).Select(r => r.Id).ToPagedAsync(filter, ct);
        var rows = await RowsAsync(ids.Items, ct);
        return new Paged<QueueRow>([.. ids.Items.Where(rows.ContainsKey).Select(id => rows[id])], ids.Page, ids.PageSize, ids.Total);
    }

    private async Task<Dictionary<int, QueueRow>> RowsAsync(IReadOnlyList<int> ids, CancellationToken ct) => await (
        from r in db.Requests.AsNoTracking()
        join p in db.Projects on r.ProjectId equals p.Id
        join t in db.Townships on r.TownshipId equals t.Id
        join c in db.Communities on p.CommunityId equals c.Id
        join h in QueueSql.Headroom(db) on r.Id equals h.Id
        where ids.Contains(r.Id)
        select new QueueRow
        {
            Id = r.Id, TownshipId = r.TownshipId, TownshipName = t.Name, CommunityName = c.Name, ProjectId = p.Id, ProjectName = p.Name,
            PayeeName = r.PayeeName, Amount = r.Amount, Source = r.Source, SubmittedAt = r.SubmittedAt, Status = r.Status,
            DuplicateInvoice = r.DuplicateInvoiceAttempts > 0,
            NearLimit = h.NearLimit,
            MissingInvoice = !db.Invoices.Any(i => i.RequestId == r.Id),
        }).ToDictionaryAsync(r => r.Id, ct);

    /// <summary>
    /// Age grows as the submission recedes, so "age descending" is the oldest submission first. SQLite keeps a
    /// DateTimeOffset as ISO text, which EF will not sort; every time stored here is UTC, so the text sorts the same.
    /// </summary>
    private IOrderedQueryable<DisbursementRequest> BySubmission(IQueryable<DisbursementRequest> rows, bool oldestFirst) => db.Database.IsSqlite()
        ? oldestFirst ? rows.OrderBy(r => r.SubmittedAt!.Value.ToString()) : rows.OrderByDescending(r => r.SubmittedAt!.Value.ToString())
        : oldestFirst ? rows.OrderBy(r => r.SubmittedAt) : rows.OrderByDescending(r => r.SubmittedAt);
}
