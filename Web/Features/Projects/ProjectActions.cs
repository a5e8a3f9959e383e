using System.Security.Claims;
using Grants.Domain.Projects;

namespace Grants.Web.Features.Projects;

/// <summary>A button on the project page: the form it opens and its text.</summary>
public sealed record ProjectAction(string Controller, string Action, string TextKey);

/// <summary>
/// Which forms the project page offers: the next steps of its stage and the budget sources, each only to the roles
/// the form's controller admits. The server refuses the rest anyway; this only spares a clerk buttons that cannot work.
/// </summary>
public static class ProjectActions
{
    private static readonly string[] BudgetSources = ["Donation", "SelfFunding", "Labour", "Materials"];

    public static IReadOnlyList<ProjectAction> Steps(Project project, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(project);
        var registrar = IsIn(user, ProjectRoles.Registrars);
        var steps = new List<ProjectAction>();
        void Offer(bool allowed, string action) { if (allowed) { steps.Add(new("ProjectSteps", action, "Steps." + action)); } }

        switch (project.Status)
        {
            case ProjectStatus.Planning:
                Offer(registrar, "Notice");
                break;
            case ProjectStatus.PublicNotice:
                Offer(IsIn(user, ProjectRoles.Approvers), "Approve");
                Offer(registrar, "Objection");
                break;
            case ProjectStatus.Approved:
                Offer(registrar, "Start");
                break;
            case ProjectStatus.InProgress:
                Offer(registrar && project.WorksCompletedOn is null, "CompleteWorks");
                Offer(registrar, "Accept");
                OfferRequest(steps, user);
                break;
            case ProjectStatus.Accepted:
                Offer(IsIn(user, ProjectRoles.Closers), "Settle");
                OfferRequest(steps, user);
                break;
            case ProjectStatus.Settled:
                Offer(IsIn(user, ProjectRoles.Closers), "Archive");
                break;
        }

        return steps;
    }

    public static IReadOnlyList<ProjectAction> Budget(Project project, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Status is ProjectStatus.Settled or ProjectStatus.Archived || !IsIn(user, ProjectRoles.Registrars)
            ? []
            : BudgetSources.Select(a => new ProjectAction("ProjectBudget", a, "Budget." + a)).ToList();
    }

    /// <summary>报账: a payment can be asked for once the works have started (before, the tranche plan allows nothing).</summary>
    private static void OfferRequest(List<ProjectAction> steps, ClaimsPrincipal user)
    {
        if (user.IsInRole(Grants.Domain.Users.Role.TownshipAccountant))
        {
            steps.Add(new("Requests", "Create", "Requests.FileRequest"));
        }
    }

    public static bool CanResolveObjections(Project project, ClaimsPrincipal user) =>
        project?.Status == ProjectStatus.PublicNotice && IsIn(user, ProjectRoles.Registrars);

    private static bool IsIn(ClaimsPrincipal user, string roles) => roles.Split(',').Any(user.IsInRole);
}
