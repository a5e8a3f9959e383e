using Grants.Domain.Users;

namespace Grants.Web.Features.Settlement;

/// <summary>
/// Who does what with a quarter's settlement (季度结账). The finance clerk opens, re-drafts and reviews the draft (the
/// administrator may stand in); a finance approver confirms it; re-opening a confirmed quarter takes an administrator's
/// request and an approver's agreement. Township accountants read their own township's part; the auditor reads all.
/// </summary>
public static class SettlementRoles
{
    public const string Readers = Role.FinanceClerk + "," + Role.FinanceApprover + "," + Role.Administrator + "," + Role.Auditor + "," + Role.TownshipAccountant;

    public const string Drafters = Role.FinanceClerk + "," + Role.Administrator;

    public const string Reviewers = Role.FinanceClerk + "," + Role.Administrator;

    public const string Confirmers = Role.FinanceApprover;

    public const string ReopenRequesters = Role.Administrator;

    public const string ReopenApprovers = Role.FinanceApprover;
}
