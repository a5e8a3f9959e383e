using Grants.Domain.Users;
using Microsoft.AspNetCore.Authorization;

namespace Grants.Web.Security;

public static class Policies
{
    /// <summary>Any change of data: every signed-in role except the read-only auditor.</summary>
    public const string ChangeData = nameof(ChangeData);

    public const string Administer = nameof(Administer);

    /// <summary>The Hangfire dashboard at /jobs.</summary>
    public const string ViewJobs = nameof(ViewJobs);

    /// <summary>County-wide money records (pools, the ledger): the finance roles, the auditor, the administrator.</summary>
    public const string ViewFinance = nameof(ViewFinance);

    /// <summary>Creating pools and moving their money: receipts, allocations, reservations, carry-forward.</summary>
    public const string ManagePools = nameof(ManagePools);

    /// <summary>The audit trail (审计日志): its search and its verification.</summary>
    public const string ViewAudit = nameof(ViewAudit);

    public static readonly string[] AuditReaders = [Role.Auditor, Role.Administrator];

    /// <summary>The roles of <see cref="ViewFinance"/>; the menu shows the same items to the same roles.</summary>
    public static readonly string[] FinanceReaders = [Role.Administrator, Role.FinanceClerk, Role.FinanceApprover, Role.Auditor];

    public static void Register(AuthorizationOptions options)
    {
        // Every page needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ChangeData, p => p.RequireRole(
            Role.Administrator, Role.FinanceClerk, Role.FinanceApprover, Role.TownshipAccountant, Role.Assessor));
        options.AddPolicy(Administer, p => p.RequireRole(Role.Administrator));
        options.AddPolicy(ViewJobs, p => p.RequireRole(Role.Administrator, Role.FinanceClerk));
        options.AddPolicy(ViewFinance, p => p.RequireRole(FinanceReaders));
        options.AddPolicy(ManagePools, p => p.RequireRole(Role.Administrator, Role.FinanceClerk));
        options.AddPolicy(ViewAudit, p => p.RequireRole(AuditReaders));
    }
}
