using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>异议: what a resident objected to during the notice, logged as it was heard.</summary>
public sealed class ObjectionForm : ProjectChangeForm
{
    [Display(Name = "Objection.Text")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.StringLength")]
    public string Text { get; set; } = "";

    [Display(Name = "Projects.RaisedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? RaisedOn { get; set; }
}

/// <summary>How an objection was answered; the project can be approved only when every one is.</summary>
public sealed class ResolutionForm : ProjectChangeForm
{
    [Required(ErrorMessage = "Validation.Required")]
    public int? Number { get; set; }

    [Display(Name = "Objection.Resolution")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.StringLength")]
    public string Resolution { get; set; } = "";

    [Display(Name = "Projects.ResolvedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? ResolvedOn { get; set; }
}

public sealed class ObjectionsHandler(GrantsDbContext db, TimeProvider clock)
{
    public ObjectionForm NewObjection() => new() { RaisedOn = clock.ChinaToday() };

    public ResolutionForm NewResolution(int number) => new() { Number = number, ResolvedOn = clock.ChinaToday() };

    public Task RecordAsync(int id, ObjectionForm form, CancellationToken ct) =>
        db.ChangeProjectAsync(id, p => p.RecordObjection(form.Text, form.RaisedOn!.Value), ct);

    public Task ResolveAsync(int id, ResolutionForm form, CancellationToken ct) =>
        db.ChangeProjectAsync(id, p => p.ResolveObjection(form.Number!.Value, form.Resolution, form.ResolvedOn!.Value), ct);
}
