using System.Security.Claims;
using Grants.Domain.Users;
using Grants.Web.Security;

namespace Grants.Web.Shared;

/// <summary>The main menu. Each item names the roles that see it; the pages themselves enforce the same by policy.</summary>
public sealed record NavItem(string TextKey, string Controller, string Action, string Icon, string[] Roles, string[]? Section = null)
{
    public bool IsVisibleTo(ClaimsPrincipal user) => Roles.Length == 0 || Roles.Any(user.IsInRole);

    /// <summary>The item is highlighted on every page of its section, not only on its own controller.</summary>
    public bool IsActiveFor(string? controller) =>
        string.Equals(controller, Controller, StringComparison.OrdinalIgnoreCase)
        || (Section ?? []).Contains(controller, StringComparer.OrdinalIgnoreCase);
}

public static class Navigation
{
    // Declared before Items: static fields are initialised in order.
    private static readonly string[] RequestReaders = [Role.TownshipAccountant, Role.FinanceClerk, Role.FinanceApprover, Role.Administrator, Role.Auditor];

    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("Nav.Home", "Home", "Index", "bi-speedometer2", []),
        new("Nav.Organisation", "Townships", "Index", "bi-diagram-3", [], ["Communities", "Units"]),
        new("Nav.Projects", "Projects", "Index", "bi-kanban", [], ["ProjectSteps", "ProjectBudget", "ProjectImport"]),
        new("Nav.Requests", "Requests", "Index", "bi-receipt", RequestReaders, ["Review"]),
        new("Nav.ReviewQueue", "ReviewQueue", "Index", "bi-inbox", Policies.FinanceReaders),
        new("Nav.Pools", "Pools", "Index", "bi-piggy-bank", Policies.FinanceReaders),
        new("Nav.Ledger", "Ledger", "TrialBalance", "bi-journal-check", Policies.FinanceReaders),
        new("Nav.Exports", "Exports", "Index", "bi-file-earmark-arrow-down", Grants.Web.Features.Exports.ExportRoles.Exporters.Split(',')),
        new("Nav.Settlement", "Settlement", "Index", "bi-calendar2-check", [Role.FinanceClerk, Role.FinanceApprover, Role.Administrator, Role.Auditor, Role.TownshipAccountant]),
        new("Nav.Scores", "Scores", "Index", "bi-pencil-square", [Role.Assessor, Role.Administrator]),
        new("Nav.ScoreImport", "ScoreImport", "Index", "bi-clipboard-check", [Role.Assessor, Role.Administrator]),
        new("Nav.Rubrics", "Rubrics", "Index", "bi-list-check", []),
        new("Nav.Users", "Users", "Index", "bi-people", [Role.Administrator]),
        new("Nav.Audit", "Audit", "Index", "bi-shield-lock", Policies.AuditReaders),
    ];

    /// <summary>The Hangfire dashboard is not an MVC page, so it is linked by path.</summary>
    public static readonly string[] JobsRoles = [Role.Administrator, Role.FinanceClerk];
}
