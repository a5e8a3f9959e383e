using Grants.Domain.Users;

namespace Grants.Web.Features.Requests;

/// <summary>
/// Who does what with a disbursement request (报账单). The township accountant files; the finance clerk reviews
/// first and records the payment; the finance approver gives the second approval above the threshold. Reading
/// follows the township scope: an accountant sees their township's requests only.
/// </summary>
public static class RequestRoles
{
    public const string Filers = Role.TownshipAccountant;

    public const string Reviewers = Role.FinanceClerk;

    public const string SecondApprovers = Role.FinanceApprover;

    public const string Payers = Role.FinanceClerk;

    public const string Readers = Role.TownshipAccountant + "," + Role.FinanceClerk + "," + Role.FinanceApprover + "," + Role.Administrator + "," + Role.Auditor;
}
