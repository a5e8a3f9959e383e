using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.ProjectImport;

/// <summary>The upload form, and on a refused import the problems found, row by row.</summary>
public sealed class ImportForm
{
    [Display(Name = "Import.File")]
    [Required(ErrorMessage = "Validation.Required")]
    public IFormFile? Workbook { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<ImportError> Errors { get; set; } = [];
}
