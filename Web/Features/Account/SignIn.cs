using System.ComponentModel.DataAnnotations;
using Grants.Domain.Audit;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
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

public sealed class SignInHandler(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, GrantsDbContext db)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody" };
    private static string? nobodyHash;

    public async Task<SignInOutcome> HandleAsync(SignInForm form)
    {
        var name = form.UserName.Trim();
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            // Hash anyway, so an unknown name takes as long as a wrong password and names cannot be probed.
            nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, nobodyHash, form.Password);
            await RecordAsync(AuditActions.SignInFailed, name, null, "UnknownUser");
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            // Only someone who knows the password learns that the account is disabled.
            var disabled = await users.CheckPasswordAsync(user, form.Password);
            await RecordAsync(AuditActions.SignInFailed, name, user.Id, disabled ? "Disabled" : "WrongPassword");
            return disabled ? SignInOutcome.Disabled : SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        var outcome = result.Succeeded ? SignInOutcome.SignedIn
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
        await RecordAsync(
            outcome switch { SignInOutcome.SignedIn => AuditActions.SignedIn, SignInOutcome.LockedOut => AuditActions.LockedOut, _ => AuditActions.SignInFailed },
            name, user.Id, outcome == SignInOutcome.Failed ? "WrongPassword" : null);
        return outcome;
    }

    // The actor is the name typed in (no one is signed in yet); the password is never recorded.
    private Task RecordAsync(string action, string name, string? userId, string? reason) =>
        AuditTrail.RecordAsync(db, action, nameof(AppUser), userId,
            reason is null ? AuditTrail.Details(("UserName", name)) : AuditTrail.Details(("UserName", name), ("Reason", reason)), actor: name);
}
