using Grants.Domain.Audit;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Grants.Web.Localization;

namespace Grants.Web.Features.Account;

[AllowReadOnlyUsers]
public sealed class AccountController(
    SignInHandler handler, SignInManager<AppUser> signInManager, GrantsDbContext db, IStringLocalizer<Text> text) : Controller
{
    [HttpGet, AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? RedirectToLocal(returnUrl) : View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost, AllowAnonymous]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var outcome = await handler.HandleAsync(form);
        if (outcome == SignInOutcome.SignedIn)
        {
            return RedirectToLocal(form.ReturnUrl);
        }

        ModelState.AddModelError("", text[outcome switch
        {
            SignInOutcome.LockedOut => "Account.LockedOut",
            SignInOutcome.Disabled => "Account.Disabled",
            _ => "Account.Failed",
        }]);
        form.Password = "";
        return View(form);
    }

    [HttpPost, ActionName("SignOut")]
    public async Task<IActionResult> SignOutPost()
    {
        await AuditTrail.RecordAsync(db, AuditActions.SignedOut, nameof(AppUser), signInManager.UserManager.GetUserId(User), null);
        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    private IActionResult RedirectToLocal(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
}
