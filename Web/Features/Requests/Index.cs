using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Requests;

public sealed class RequestFilter : ListQuery
{
    public RequestStatus? Status { get; set; }
}

public sealed record RequestRow
{
    public int Id { get; init; }

    public string ProjectName { get; init; } = "";

    public string TownshipName { get; init; } = "";

    public string? PayeeName { get; init; }

    public Money Amount { get; init; }

    public RequestStatus Status { get; init; }

    public DateTimeOffset FiledAt { get; init; }
}

public sealed record RequestList(RequestFilter Filter, Paged<RequestRow> Rows);

/// <summary>报账单: the requests in the user's scope — an accountant's township, or the county for the finance roles.</summary>
public sealed class RequestsQuery(GrantsDbContext db)
{
    private static readonly SortColumns<RequestRow> Sorts = new SortColumns<RequestRow>("filed")
        // By id, which follows the filing order: SQLite cannot order by a DateTimeOffset.
        .Add("filed", r => r.Id)
        .Add("amount", r => r.Amount)
        .Add("status", r => r.Status)
        .Add("project", r => r.ProjectName);

    public async Task<RequestList> ListAsync(RequestFilter filter, CancellationToken ct)
    {
        filter.Normalize();
        var rows =
            from r in db.Requests.AsNoTracking()
            join p in db.Projects on r.ProjectId equals p.Id
            join t in db.Townships on r.TownshipId equals t.Id
            select new RequestRow
            {
                Id = r.Id, ProjectName = p.Name, TownshipName = t.Name, PayeeName = r.PayeeName, Amount = r.Amount, Status = r.Status, FiledAt = r.FiledAt,
            };
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (filter.Q is { } q)
        {
            rows = rows.Where(r => r.ProjectName.Contains(q) || (r.PayeeName != null && r.PayeeName.Contains(q)));
        }

        if (filter.Sort is null)
        {
            filter.Desc = true;
        }

        return new RequestList(filter, await Sorts.Apply(rows, filter).ThenByDescending(r => r.Id).ToPagedAsync(filter, ct));
    }
}
