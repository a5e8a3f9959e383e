using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Grants.Web.Features.Account;

public sealed class SignInForm
{
    [Display(Name = "Account.UserName")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(64, ErrorMessage = "Validation.StringLength")]
    public string UserName { get; set; } = "";

    [Display(Name = "Account.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.StringLength")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    Disabled,
}

public sealed class SignInHandler(SignInManager<AppUser> signIn, UserManager<AppUser> users)
{
    public async Task<SignInOutcome> HandleAsync(SignInForm form)
    {
        // Unknown user and wrong password answer the same, so sign-in cannot be used to probe for names.
        var user = await users.FindByNameAsync(form.UserName.Trim());
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            return SignInOutcome.Disabled;
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }
}
