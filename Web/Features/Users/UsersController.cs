using Grants.Web.Localization;
using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Users;

/// <summary>用户管理. Identity ids are strings, so the actions that take one are attribute-routed.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UsersController(
    UserListQuery list,
    CreateUserHandler create,
    EditUserHandler edit,
    UserStatusHandler status,
    ResetPasswordHandler reset,
    IStringLocalizer<Text> text) : Controller
{
    [HttpGet("users")]
    public async Task<IActionResult> Index(UserListFilter filter, CancellationToken ct) =>
        View(await list.LoadAsync(filter, ct));

    [HttpGet("users/create")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(await create.PrepareAsync(new CreateUserForm(), ct));

    [HttpPost("users/create")]
    public async Task<IActionResult> Create(CreateUserForm form, CancellationToken ct)
    {
        await create.PrepareAsync(form, ct);
        if (!ModelState.IsValid || !Accepted(await create.HandleAsync(form, ct)))
        {
            return View(form);
        }

        this.Flash(FlashKind.Success, "Users.Created", form.UserName.Trim());
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("users/edit/{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct) =>
        await edit.LoadAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost("users/edit/{id}")]
    public async Task<IActionResult> Edit(string id, EditUserForm form, CancellationToken ct)
    {
        if (await edit.PrepareAsync(id, form, ct) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Accepted(await edit.HandleAsync(id, form, ct)))
        {
            return View(form);
        }

        this.Flash(FlashKind.Success, "Users.Saved", form.UserName);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("users/disable/{id}")]
    public async Task<IActionResult> Disable(string id, string? returnUrl) =>
        AfterStatusChange(await status.DisableAsync(id), "Users.DisabledDone", returnUrl);

    [HttpPost("users/enable/{id}")]
    public async Task<IActionResult> Enable(string id, string? returnUrl) =>
        AfterStatusChange(await status.EnableAsync(id), "Users.EnabledDone", returnUrl);

    [HttpGet("users/resetpassword/{id}")]
    public async Task<IActionResult> ResetPassword(string id) =>
        await reset.PrepareAsync(id, new ResetPasswordForm()) is { } form ? View(form) : NotFound();

    [HttpPost("users/resetpassword/{id}")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordForm form)
    {
        if (await reset.PrepareAsync(id, form) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Accepted(await reset.HandleAsync(id, form)))
        {
            return View(form);
        }

        this.Flash(FlashKind.Success, "Users.PasswordResetDone", form.UserName);
        return RedirectToAction(nameof(Index));
    }

    private IActionResult AfterStatusChange((StatusOutcome Outcome, string UserName) change, string doneKey, string? returnUrl)
    {
        switch (change.Outcome)
        {
            case StatusOutcome.NotFound:
                return NotFound();
            case StatusOutcome.RefusedSelf:
                this.Flash(FlashKind.Danger, "Users.CannotDisableSelf");
                break;
            case StatusOutcome.Conflict:
                this.Flash(FlashKind.Danger, "Identity.ConcurrencyFailure");
                break;
            default:
                this.Flash(FlashKind.Success, doneKey, change.UserName);
                break;
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }

    /// <summary>Puts Identity's refusals on the form, in the user's language; true when there were none.</summary>
    private bool Accepted(IReadOnlyList<FormError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, text[error.TextKey, error.Arguments]);
        }

        return errors.Count == 0;
    }
}
