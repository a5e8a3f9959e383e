using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>公示: the project, its budget and its place go up on the notice board for a window of days.</summary>
public sealed class NoticeForm : ProjectChangeForm
{
    [Display(Name = "Steps.NoticeStartsOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Steps.NoticeDays")]
    [Required(ErrorMessage = "Validation.Required")]
    [Range(1, 90, ErrorMessage = "Validation.Range")]
    public int? Days { get; set; }
}

public sealed class StartNoticeHandler(GrantsDbContext db, TimeProvider clock, ProjectRules rules)
{
    public NoticeForm New() => new() { StartsOn = clock.ChinaToday(), Days = rules.NoticeDays };

    public Task HandleAsync(int id, NoticeForm form, CancellationToken ct) =>
        db.ChangeProjectAsync(id, p => p.StartPublicNotice(form.StartsOn!.Value, form.Days!.Value), ct);
}
