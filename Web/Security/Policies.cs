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

    public static void Register(AuthorizationOptions options)
    {
        // Every page needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ChangeData, p => p.RequireRole(
            Role.Administrator, Role.FinanceClerk, Role.FinanceApprover, Role.TownshipAccountant, Role.Assessor));
        options.AddPolicy(Administer, p => p.RequireRole(Role.Administrator));
        options.AddPolicy(ViewJobs, p => p.RequireRole(Role.Administrator, Role.FinanceClerk));
    }
}
