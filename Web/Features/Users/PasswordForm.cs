using System.ComponentModel.DataAnnotations;

namespace Grants.Web.Features.Users;

/// <summary>A new password typed twice: adding a user and resetting a password share it (partial _PasswordFields).</summary>
public abstract class PasswordForm
{
    [Display(Name = "Users.NewPassword")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.StringLength")]
    [DataType(DataType.Password)]
    public virtual string Password { get; set; } = "";

    [Display(Name = "Users.ConfirmPassword")]
    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Validation.Compare")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}
