using System.ComponentModel.DataAnnotations;
using Grants.Domain.Assessment;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.ScoreImport;

/// <summary>The upload form: the quarter the scores are for and the filled template; on a refusal, the problems found.</summary>
public sealed class ScoreImportForm
{
    [Display(Name = "ScoreImport.Quarter")]
    [Required(ErrorMessage = "Validation.Required")]
    public string? Quarter { get; set; }

    [Display(Name = "Import.File")]
    [Required(ErrorMessage = "Validation.Required")]
    public IFormFile? Workbook { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<ScoreError> Errors { get; set; } = [];

    /// <summary>The quarter assessors score now: the last full one before today.</summary>
    public static Quarter DefaultQuarter(DateOnly today) => Domain.Assessment.Quarter.Containing(today).Previous;

    /// <summary>The quarter in progress and the four before it, latest first.</summary>
    public static IReadOnlyList<Quarter> Choices(DateOnly today)
    {
        var current = Domain.Assessment.Quarter.Containing(today);
        return [current, current.Previous, current.Previous.Previous, current.Previous.Previous.Previous, current.Previous.Previous.Previous.Previous];
    }
}
