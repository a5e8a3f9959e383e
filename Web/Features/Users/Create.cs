using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Users;

public sealed class CreateUserForm : PasswordForm, IRoleForm
{
    public const string UserNamePattern = "^[A-Za-z0-9._-]+$";

    [Display(Name = "Users.UserName")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(32, MinimumLength = 3, ErrorMessage = "Validation.StringLengthRange")]
    [RegularExpression(UserNamePattern, ErrorMessage = "Users.UserNameFormat")]
    public string UserName { get; set; } = "";

    [Display(Name = "Users.DisplayName")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Users.Role")]
    [Required(ErrorMessage = "Validation.Required")]
    public string Role { get; set; } = "";

    [Display(Name = "Users.Township")]
    public int? TownshipId { get; set; }

    // A new user's first password: only the label differs from a reset; the rules come from the base property.
    [Display(Name = "Users.Password")]
    public override string Password { get => base.Password; set => base.Password = value; }

    [BindNever, ValidateNever]
    public IReadOnlyList<TownshipChoice> Townships { get; set; } = [];
}

public sealed class CreateUserHandler(GrantsDbContext db, UserManager<AppUser> users)
{
    public async Task<CreateUserForm> PrepareAsync(CreateUserForm form, CancellationToken ct)
    {
        form.Townships = await UserRules.TownshipChoicesAsync(db, ct);
        return form;
    }

    /// <summary>Creates the user with one role; returns Identity's refusals instead, having written nothing.</summary>
    public async Task<IReadOnlyList<FormError>> HandleAsync(CreateUserForm form, CancellationToken ct)
    {
        await UserRules.CheckRoleAsync(db, form.Role, form.TownshipId, ct);
        var user = new AppUser { UserName = form.UserName.Trim(), DisplayName = form.DisplayName.Trim(), TownshipId = form.TownshipId };
        var refused = await UserRules.ValidateAsync(users, user, form.Password);
        if (refused.Count > 0)
        {
            return refused;
        }

        var saved = await UserRules.SaveTogetherAsync(db, ct,
            () => users.CreateAsync(user, form.Password),
            () => users.AddToRoleAsync(user, form.Role));
        return saved.Errors.ToFormErrors(users, user);
    }
}
