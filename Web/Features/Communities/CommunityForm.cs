using System.ComponentModel.DataAnnotations;
using Grants.Domain.Organisation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Communities;

/// <summary>
/// The fields an administrator sets on a community. The enums are nullable so that "nothing chosen" fails
/// [Required]; an undefined or malformed value fails model binding with a localized message.
/// </summary>
public sealed class CommunityForm
{
    [Display(Name = "Community.Name")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string Name { get; set; } = "";

    [Display(Name = "Community.Category")]
    [Required(ErrorMessage = "Validation.Required")]
    public CommunityCategory? Category { get; set; }

    [Display(Name = "Community.IsPilot")]
    public bool IsPilot { get; set; }

    [Display(Name = "Community.Tier")]
    [Required(ErrorMessage = "Validation.Required")]
    public RolloutTier? Tier { get; set; }

    // Where the form sits in the tree, set by the handler from the database, never from the request.
    [BindNever, ValidateNever]
    public int Id { get; set; }

    [BindNever, ValidateNever]
    public int TownshipId { get; set; }

    [BindNever, ValidateNever]
    public string TownshipName { get; set; } = "";

    [BindNever, ValidateNever]
    public string CurrentName { get; set; } = "";
}
