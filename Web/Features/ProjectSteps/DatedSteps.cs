using System.ComponentModel.DataAnnotations;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;

namespace Grants.Web.Features.ProjectSteps;

/// <summary>The steps that need nothing but their date.</summary>
public enum DatedStep
{
    Start,         // 开工
    CompleteWorks, // 完工
    Settle,        // 结算
    Archive,       // 归档
}

public sealed class DatedStepForm : ProjectChangeForm
{
    [Display(Name = "Steps.On")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? On { get; set; }
}

public sealed class DatedStepHandler(GrantsDbContext db, TimeProvider clock)
{
    public DatedStepForm New() => new() { On = clock.ChinaToday() };

    public Task HandleAsync(int id, DatedStep step, DatedStepForm form, CancellationToken ct)
    {
        var on = form.On!.Value;
        Action<Project> change = step switch
        {
            DatedStep.Start => p => p.Start(on),
            DatedStep.CompleteWorks => p => p.CompleteWorks(on),
            DatedStep.Settle => p => p.Settle(on),
            DatedStep.Archive => p => p.Archive(on),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        return db.ChangeProjectAsync(id, change, ct);
    }
}
