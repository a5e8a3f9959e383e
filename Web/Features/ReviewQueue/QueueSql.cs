using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ReviewQueue;

/// <summary>One request's near-limit flag, joined into the queue's query by the request's id.</summary>
public sealed record RequestHeadroom(int Id, bool NearLimit);

/// <summary>
/// The flag EF cannot write from LINQ: Money is one column of fen, but arithmetic on it does not translate. So the
/// comparison is plain SQL over the fen — the same on SQLite and PostgreSQL, bigint throughout (PostgreSQL's SUM of
/// bigint is numeric, hence the cast) — composed into the LINQ query as a subquery joined by the request's id. The
/// donations are summed once per project, not once per request. The township scope still applies: it is on the requests the
/// queue joins this to.
/// </summary>
public static class QueueSql
{
    /// <summary>
    /// Near the budget limit (接近预算上限): the amount is at least 90% of what is left in the request's source,
    /// i.e. amount ≥ 0.9 × (project.BudgetFor(source) − project.DisbursedFrom(source)), in whole fen as 10a ≥ 9r.
    /// A request with no source yet (a draft) is not flagged.
    /// </summary>
    public static IQueryable<RequestHeadroom> Headroom(GrantsDbContext db) => db.Database.SqlQuery<RequestHeadroom>(
        $"""
         SELECT r."Id", COALESCE(10 * r."Amount" >= 9 * CASE r."Source"
                 WHEN {(int)CashSource.IntegratedFunds} THEN p."IntegratedFunds" - p."DisbursedIntegratedFunds"
                 WHEN {(int)CashSource.Donations} THEN COALESCE(d."Total", 0) - p."DisbursedDonations"
                 WHEN {(int)CashSource.SelfFunding} THEN p."SelfFundingCash" - p."DisbursedSelfFunding"
             END, FALSE) AS "NearLimit"
         FROM "DisbursementRequests" r
         JOIN "Projects" p ON p."Id" = r."ProjectId"
         LEFT JOIN (SELECT "ProjectId", CAST(SUM("Amount") AS bigint) AS "Total" FROM "ProjectDonations" GROUP BY "ProjectId") d ON d."ProjectId" = p."Id"
         """);
}
