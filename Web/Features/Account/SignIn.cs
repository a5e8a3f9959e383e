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

public sealed class SignInHandler(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody" };
    private static string? nobodyHash;

    public async Task<SignInOutcome> HandleAsync(SignInForm form)
    {
        var user = await users.FindByNameAsync(form.UserName.Trim());
        if (user is null)
        {
            // Hash anyway, so an unknown name takes as long as a wrong password and names cannot be probed.
            nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, nobodyHash, form.Password);
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            // Only someone who knows the password learns that the account is disabled.
            return await users.CheckPasswordAsync(user, form.Password) ? SignInOutcome.Disabled : SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }
}
