using System.ComponentModel.DataAnnotations;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Web.Features.ProjectSteps;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.ProjectBudget;

/// <summary>
/// 投工投劳: labour in person-days at a daily rate, or materials by quantity at a unit value. Valued once, when
/// recorded, and reported beside the cash — never paid out.
/// </summary>
public sealed class InKindForm : ProjectChangeForm
{
    [BindNever, ValidateNever]
    public InKindKind Kind { get; set; }

    [Display(Name = "InKind.Description")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string Description { get; set; } = "";

    [Display(Name = "Budget.Quantity")]
    [Required(ErrorMessage = "Validation.Required")]
    [Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "Validation.Range")]
    public decimal? Quantity { get; set; }

    /// <summary>Materials only: 吨, 立方米, 块 …; labour is always counted in 工日.</summary>
    [Display(Name = "InKind.Unit")]
    [StringLength(10, ErrorMessage = "Validation.StringLength")]
    public string? Unit { get; set; }

    [Display(Name = "Projects.UnitValue")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount]
    public string? UnitValue { get; set; }
}

public sealed class RecordInKindHandler(GrantsDbContext db)
{
    public static InKindForm New(InKindKind kind) => new() { Kind = kind };

    public Task HandleAsync(int id, InKindKind kind, InKindForm form, CancellationToken ct)
    {
        var value = MoneyAmountAttribute.Parse(form.UnitValue);
        return db.ChangeProjectAsync(id, p => _ = kind == InKindKind.Labour
            ? p.RecordLabour(form.Description, form.Quantity!.Value, value)
            : p.RecordMaterials(form.Description, form.Quantity!.Value, form.Unit ?? "", value), ct);
    }
}
