using System.ComponentModel.DataAnnotations;
using Grants.Domain.Organisation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Units;

public sealed class UnitForm
{
    [Display(Name = "Unit.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string Name { get; set; } = "";

    [Display(Name = "Unit.Kind")]
    [Required(ErrorMessage = "Validation.Required")]
    public UnitKind? Kind { get; set; }

    // Where the form sits in the tree, set by the handler from the database, never from the request.
    [BindNever, ValidateNever]
    public int Id { get; set; }

    [BindNever, ValidateNever]
    public UnitPlace Place { get; set; } = UnitPlace.None;

    [BindNever, ValidateNever]
    public string CurrentName { get; set; } = "";
}
