using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Grants.Web.Features.Users;

public enum UserStatus
{
    Active,
    Disabled,
    LockedOut,
}

/// <summary>Whether an account can sign in now; a disabled account shows as disabled even while locked out.</summary>
public sealed record AccountState(string Id, UserStatus Status, DateTimeOffset? LockedUntil)
{
    public static AccountState Of(string id, bool isDisabled, DateTimeOffset? lockoutEnd, DateTimeOffset now)
    {
        var locked = lockoutEnd > now;
        var status = isDisabled ? UserStatus.Disabled : locked ? UserStatus.LockedOut : UserStatus.Active;
        return new AccountState(id, status, locked ? lockoutEnd : null);
    }

    /// <summary>China has one time zone and no daylight saving, so a fixed UTC+8 needs no time-zone database.</summary>
    public string? LockedUntilText => LockedUntil?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

public enum StatusOutcome
{
    Done,
    NotFound,
    RefusedSelf,

    /// <summary>Someone else changed the user at the same moment; nothing was saved.</summary>
    Conflict,
}

/// <summary>停用 / 启用: switches an account off or on without deleting it, so its history keeps its name.</summary>
public sealed class UserStatusHandler(UserManager<AppUser> users, ICurrentUser currentUser)
{
    /// <summary>Sign-in refuses a disabled user; the new stamp ends their open sessions within a minute.</summary>
    public async Task<(StatusOutcome Outcome, string UserName)> DisableAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (StatusOutcome.NotFound, "");
        }

        if (user.Id == currentUser.UserId)
        {
            return (StatusOutcome.RefusedSelf, user.UserName ?? "");
        }

        user.IsDisabled = true;
        return await SaveAsync(user);
    }

    /// <summary>Also lifts a lockout, so an administrator can let a locked-out user straight back in.</summary>
    public async Task<(StatusOutcome Outcome, string UserName)> EnableAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (StatusOutcome.NotFound, "");
        }

        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return await SaveAsync(user);
    }

    private async Task<(StatusOutcome Outcome, string UserName)> SaveAsync(AppUser user)
    {
        var saved = await users.UpdateSecurityStampAsync(user);
        return (saved.Succeeded ? StatusOutcome.Done : StatusOutcome.Conflict, user.UserName ?? "");
    }
}
