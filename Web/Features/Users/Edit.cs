using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Users;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Users;

public sealed class EditUserForm : IRoleForm
{
    [Display(Name = "Users.DisplayName")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Users.Role")]
    [Required(ErrorMessage = "Validation.Required")]
    public string Role { get; set; } = "";

    [Display(Name = "Users.Township")]
    public int? TownshipId { get; set; }

    /// <summary>Shown, never posted: the user name cannot change.</summary>
    [BindNever, ValidateNever]
    public string UserName { get; set; } = "";

    [BindNever, ValidateNever]
    public AccountState? State { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<TownshipChoice> Townships { get; set; } = [];
}

public sealed class EditUserHandler(GrantsDbContext db, UserManager<AppUser> users, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The form as stored, or null for an unknown id.</summary>
    public async Task<EditUserForm?> LoadAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        var form = new EditUserForm
        {
            DisplayName = user.DisplayName,
            Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "",
            TownshipId = user.TownshipId,
        };
        return await PrepareAsync(id, form, ct);
    }

    /// <summary>Fills what the page shows but does not post; null for an unknown id.</summary>
    public async Task<EditUserForm?> PrepareAsync(string id, EditUserForm form, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        form.UserName = user.UserName ?? "";
        form.State = AccountState.Of(user.Id, user.IsDisabled, user.LockoutEnd, clock.GetUtcNow());
        form.Townships = await UserRules.TownshipChoicesAsync(db, ct);
        return form;
    }

    public async Task<IReadOnlyList<FormError>> HandleAsync(string id, EditUserForm form, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException($"No user {id}.");
        await UserRules.CheckRoleAsync(db, form.Role, form.TownshipId, ct);
        if (user.Id == currentUser.UserId && form.Role != Role.Administrator)
        {
            throw new DomainRuleException("Users.CannotDemoteSelf") { Field = nameof(form.Role) };
        }

        var oldRoles = await users.GetRolesAsync(user);
        var roleChanged = oldRoles.Count != 1 || oldRoles[0] != form.Role;
        var townshipChanged = user.TownshipId != form.TownshipId;
        user.DisplayName = form.DisplayName.Trim();
        user.TownshipId = form.TownshipId;

        var steps = new List<Func<Task<IdentityResult>>>();
        if (roleChanged)
        {
            steps.Add(() => users.RemoveFromRolesAsync(user, oldRoles));
            steps.Add(() => users.AddToRoleAsync(user, form.Role));
        }

        // A new stamp ends the user's session at the next check (within a minute), so the old role or
        // township stops working at once; the next sign-in carries the new claims.
        steps.Add(roleChanged || townshipChanged ? () => users.UpdateSecurityStampAsync(user) : () => users.UpdateAsync(user));
        var saved = await UserRules.SaveTogetherAsync(db, ct, [.. steps]);
        return saved.Errors.ToFormErrors(users, user);
    }
}
