namespace Grants.Domain.Users;

/// <summary>The six roles of the back office. Names are stored as role names, so never rename them.</summary>
public static class Role
{
    public const string Administrator = "Administrator";
    public const string FinanceClerk = "FinanceClerk";       // 财政局经办
    public const string FinanceApprover = "FinanceApprover"; // 财政局审批
    public const string TownshipAccountant = "TownshipAccountant"; // 乡镇报账员
    public const string Assessor = "Assessor";               // 考核组
    public const string Auditor = "Auditor";                 // 审计/纪检, read only

    public static IReadOnlyList<string> All { get; } =
        [Administrator, FinanceClerk, FinanceApprover, TownshipAccountant, Assessor, Auditor];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>A township accountant is bound to exactly one township; every other role is county-wide.</summary>
    public static void CheckTownship(string role, int? townshipId)
    {
        if (!IsKnown(role))
        {
            throw new DomainRuleException("Rule.RoleUnknown", role);
        }

        if (role == TownshipAccountant && townshipId is null)
        {
            throw new DomainRuleException("Rule.AccountantNeedsTownship");
        }

        if (role != TownshipAccountant && townshipId is not null)
        {
            throw new DomainRuleException("Rule.OnlyAccountantHasTownship");
        }
    }
}
