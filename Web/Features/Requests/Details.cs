using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Requests;

/// <summary>Where the request's source stands: its budget, what is already approved from it, what is left.</summary>
public sealed record SourceStanding(CashSource Source, Money Budget, Money Disbursed, Money Remaining);

public sealed record RequestPage(
    DisbursementRequest Request, RequestHeading Heading, IReadOnlyList<SourceStanding> Sources, Money TrancheCap, Money ProjectDisbursed,
    IReadOnlyList<string> Problems);

public sealed class RequestDetailsQuery(GrantsDbContext db, ProjectRules rules, Microsoft.Extensions.Localization.IStringLocalizer<Localization.Text> text)
{
    public async Task<RequestPage?> LoadAsync(int id, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Invoices).Include(r => r.Evidence).Include(r => r.History)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return null;
        }

        var project = await db.Projects.AsNoTracking().WithBudgetLines().SingleAsync(p => p.Id == request.ProjectId, ct);
        var place = await (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            where c.Id == project.CommunityId
            select new { Township = t.Name, Community = c.Name }).SingleAsync(ct);
        var heading = new RequestHeading(request.Id, project.Id, project.Name, place.Township, place.Community, request.Status, request.Amount, request.PayeeName);
        var sources = Enum.GetValues<CashSource>()
            .Select(s => new SourceStanding(s, project.BudgetFor(s), project.DisbursedFrom(s), project.RemainingIn(s))).ToList();

        // While it can still change, the voucher shows what would stop it now, before anyone presses a button.
        var problems = request.Status is RequestStatus.Draft or RequestStatus.Returned
            ? request.SubmissionProblems(project, rules.Disbursements, rules.Tranches, rules.CoFinancing).Select(Describe).ToList()
            : [];
        return new RequestPage(request, heading, sources, project.PayableCap(rules.Tranches), project.Disbursed, problems);
    }

    private string Describe(DomainRuleException rule) =>
        text[rule.Code, rule.Arguments.Select(a => a is string s ? text[s].Value : a).ToArray()];
}
