using System.ComponentModel.DataAnnotations;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Users;

public sealed class CreateUserForm : IRoleForm
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

    [Display(Name = "Users.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.StringLength")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Users.ConfirmPassword")]
    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Validation.Compare")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

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

    /// <summary>Creates the user with one role; returns the errors instead when anything is refused, having written nothing.</summary>
    public async Task<IReadOnlyList<FormError>> HandleAsync(CreateUserForm form, CancellationToken ct)
    {
        var errors = await UserRules.CheckRoleAsync(db, form.Role, form.TownshipId, ct);
        var user = new AppUser { UserName = form.UserName.Trim(), DisplayName = form.DisplayName.Trim(), TownshipId = form.TownshipId };
        errors.AddRange(await UserRules.ValidateAsync(users, user, form.Password));
        if (errors.Count > 0)
        {
            return errors;
        }

        var saved = await UserRules.SaveTogetherAsync(db, ct,
            () => users.CreateAsync(user, form.Password),
            () => users.AddToRoleAsync(user, form.Role));
        return [.. saved.Errors.Select(e => UserRules.ToFormError(e, users.Options.Password, user.UserName))];
    }
}
