using System.ComponentModel.DataAnnotations;
using Grants.Domain.Projects;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>立项: approved once the notice closed clean and the budget keeps the co-financing rules.</summary>
public sealed class ApprovalForm : ProjectChangeForm
{
    [Display(Name = "Projects.ApprovedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>What stands in the way now, shown before the approver presses the button.</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<CoFinancingBreach> Breaches { get; set; } = [];

    [BindNever, ValidateNever]
    public Budget? Budget { get; set; }

    [BindNever, ValidateNever]
    public DateOnly? NoticeLastDay { get; set; }

    [BindNever, ValidateNever]
    public int UnresolvedObjections { get; set; }
}

public sealed class ApproveHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user, ProjectRules rules)
{
    public ApprovalForm New() => new() { ApprovedOn = clock.ChinaToday() };

    /// <summary>Reads the budget and the notice the approver must see; the rules are checked again by the domain on approval.</summary>
    public async Task ExplainAsync(int id, ApprovalForm form, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().WithBudgetLines().SingleAsync(p => p.Id == id, ct);
        form.Budget = project.Budget;
        form.Breaches = project.CoFinancingWarnings(rules.CoFinancing);
        form.NoticeLastDay = project.NoticeLastDay;
        form.UnresolvedObjections = project.Objections.Count(o => !o.IsResolved);
    }

    public Task HandleAsync(int id, ApprovalForm form, CancellationToken ct) =>
        db.ChangeProjectAsync(id, p => p.Approve(form.ApprovedOn!.Value, user.UserName ?? "system", rules.CoFinancing), ct);
}
