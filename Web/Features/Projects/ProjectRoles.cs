using Grants.Domain.Users;

namespace Grants.Web.Features.Projects;

/// <summary>
/// Who moves a project on. The township's accountant registers it, keeps its budget and reports its progress; the
/// county's finance staff approve it (立项) and close its books (结算, 归档). The township scope still applies to all.
/// </summary>
public static class ProjectRoles
{
    public const string Registrars = Role.TownshipAccountant + "," + Role.Administrator + "," + Role.FinanceClerk;

    public const string Approvers = Role.FinanceClerk + "," + Role.FinanceApprover + "," + Role.Administrator;

    public const string Closers = Role.FinanceClerk + "," + Role.Administrator;
}
