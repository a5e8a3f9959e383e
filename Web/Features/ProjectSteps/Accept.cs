using System.ComponentModel.DataAnnotations;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>验收: the inspection of the finished works, by whom and with what findings.</summary>
public sealed class AcceptanceForm : ProjectChangeForm
{
    [Display(Name = "Acceptance.Inspector")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string Inspector { get; set; } = "";

    [Display(Name = "Acceptance.Findings")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(1000, ErrorMessage = "Validation.StringLength")]
    public string Findings { get; set; } = "";

    [Display(Name = "Steps.AcceptedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? AcceptedOn { get; set; }
}

public sealed class AcceptHandler(GrantsDbContext db, TimeProvider clock)
{
    public AcceptanceForm New() => new() { AcceptedOn = clock.ChinaToday() };

    public Task HandleAsync(int id, AcceptanceForm form, CancellationToken ct) =>
        db.ChangeProjectAsync(id, p => p.Accept(new AcceptanceRecord(form.Inspector, form.Findings, form.AcceptedOn!.Value)), ct);
}
