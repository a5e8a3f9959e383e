using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Users;

public sealed class ResetPasswordForm : PasswordForm
{
    [BindNever, ValidateNever]
    public string UserName { get; set; } = "";

    [BindNever, ValidateNever]
    public string DisplayName { get; set; } = "";
}

/// <summary>重置密码: the administrator sets a new password for someone who forgot theirs or is locked out.</summary>
public sealed class ResetPasswordHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn, ICurrentUser currentUser)
{
    /// <summary>Fills the names the page shows; null for an unknown id.</summary>
    public async Task<ResetPasswordForm?> PrepareAsync(string id, ResetPasswordForm form)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        form.UserName = user.UserName ?? "";
        form.DisplayName = user.DisplayName;
        return form;
    }

    public async Task<IReadOnlyList<FormError>> HandleAsync(string id, ResetPasswordForm form)
    {
        var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException($"No user {id}.");
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;

        // The reset-token route validates the password, stores the hash, clears the lockout and renews the
        // security stamp (ending the user's open sessions) in one save; a refused password saves nothing.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, form.Password);
        if (result.Succeeded && user.Id == currentUser.UserId)
        {
            // Resetting one's own password should not sign oneself out a minute later.
            await signIn.RefreshSignInAsync(user);
        }

        return result.Errors.ToFormErrors(users, user);
    }
}
