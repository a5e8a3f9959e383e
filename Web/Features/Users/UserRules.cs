using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Users;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Users;

/// <summary>
/// One of Identity's refusals for a form field ("" for the whole form); the text is a UI text key. Business rules
/// throw DomainRuleException instead; Identity stays a list because it refuses a password for several reasons at once.
/// </summary>
public sealed record FormError(string Field, string TextKey, params object[] Arguments);

public sealed record TownshipChoice(int Id, string Code, string Name);

/// <summary>The role and township fields that the create and edit forms share (partial _RoleFields).</summary>
public interface IRoleForm
{
    // The partial reads its labels from this interface, so the display names are repeated here.
    [Display(Name = "Users.Role")]
    string Role { get; }

    [Display(Name = "Users.Township")]
    int? TownshipId { get; }

    IReadOnlyList<TownshipChoice> Townships { get; }
}

internal static class UserRules
{
    public static Task<List<TownshipChoice>> TownshipChoicesAsync(GrantsDbContext db, CancellationToken ct) =>
        db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new TownshipChoice(t.Id, t.Code, t.Name)).ToListAsync(ct);

    /// <summary>The checks every role change makes before anything is written. The township rule itself lives in the domain.</summary>
    public static async Task CheckRoleAsync(GrantsDbContext db, string role, int? townshipId, CancellationToken ct)
    {
        Role.CheckTownship(role, townshipId);
        if (townshipId is { } id && !await db.Townships.AnyAsync(t => t.Id == id, ct))
        {
            throw new DomainRuleException("Users.TownshipUnknown") { Field = nameof(IRoleForm.TownshipId) };
        }
    }

    /// <summary>Runs Identity's own user-name and password validators without writing anything.</summary>
    public static async Task<List<FormError>> ValidateAsync(UserManager<AppUser> users, AppUser user, string? password)
    {
        var failures = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
        {
            failures.AddRange((await validator.ValidateAsync(users, user)).Errors);
        }

        if (password is not null)
        {
            foreach (var validator in users.PasswordValidators)
            {
                failures.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
            }
        }

        return failures.ToFormErrors(users, user);
    }

    public static List<FormError> ToFormErrors(this IEnumerable<IdentityError> errors, UserManager<AppUser> users, AppUser user) =>
        [.. errors.Select(e => ToFormError(e, users.Options.Password, user.UserName))];

    private static FormError ToFormError(IdentityError error, PasswordOptions password, string? userName) => error.Code switch
    {
        "PasswordTooShort" => new("Password", "Identity.PasswordTooShort", password.RequiredLength),
        "PasswordRequiresUniqueChars" => new("Password", "Identity.PasswordRequiresUniqueChars", password.RequiredUniqueChars),
        "PasswordRequiresDigit" or "PasswordRequiresLower" or "PasswordRequiresUpper" or "PasswordRequiresNonAlphanumeric"
            => new("Password", "Identity." + error.Code),
        "DuplicateUserName" or "InvalidUserName" => new("UserName", "Identity." + error.Code, userName ?? ""),
        "ConcurrencyFailure" => new("", "Identity.ConcurrencyFailure"),
        _ => new("", "Identity.Failed", error.Code),
    };

    /// <summary>
    /// UserManager saves after every call; one transaction makes the user row and its roles land together.
    /// Everything was validated before, so a failure here is a race (e.g. concurrent edits) and nothing stays.
    /// </summary>
    public static async Task<IdentityResult> SaveTogetherAsync(GrantsDbContext db, CancellationToken ct, params Func<Task<IdentityResult>>[] steps)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }

        await transaction.CommitAsync(ct);
        return IdentityResult.Success;
    }
}
