using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Requests;

/// <summary>What a form about a request shows above its fields: which request, for which project, where, for how much.</summary>
public sealed record RequestHeading(
    int Id, int ProjectId, string ProjectName, string TownshipName, string CommunityName, RequestStatus Status, Money Amount, string? PayeeName);

/// <summary>A form that changes one request; the heading is read from the database, never posted.</summary>
public abstract class RequestChangeForm
{
    [BindNever, ValidateNever]
    public RequestHeading Request { get; set; } = null!;
}

public sealed class RequestHeadingQuery(GrantsDbContext db)
{
    /// <summary>Fills the form's heading; false when the request is not in the user's scope.</summary>
    public async Task<bool> FillAsync(int id, RequestChangeForm form, CancellationToken ct)
    {
        var heading = await (
            from r in db.Requests.AsNoTracking()
            join p in db.Projects on r.ProjectId equals p.Id
            join c in db.Communities on p.CommunityId equals c.Id
            join t in db.Townships on p.TownshipId equals t.Id
            where r.Id == id
            select new RequestHeading(r.Id, p.Id, p.Name, t.Name, c.Name, r.Status, r.Amount, r.PayeeName)).SingleOrDefaultAsync(ct);
        form.Request = heading!;
        return heading is not null;
    }
}

public static class RequestChanges
{
    /// <summary>The request with its evidence and history, tracked, or a refusal when it is not in the user's scope.</summary>
    public static async Task<DisbursementRequest> LoadRequestAsync(this GrantsDbContext db, int id, CancellationToken ct) =>
        await db.Requests.Include(r => r.Invoices).Include(r => r.Evidence).Include(r => r.History).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new DomainRuleException("Requests.NotFound");
}
