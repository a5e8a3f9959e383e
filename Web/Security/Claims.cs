using System.Globalization;
using System.Security.Claims;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Grants.Web.Security;

public static class GrantsClaims
{
    public const string TownshipId = "grants:township";
    public const string DisplayName = "grants:name";
}

/// <summary>Carries the township scope and display name in the cookie, so no request needs a lookup for them.</summary>
public sealed class GrantsClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GrantsClaims.DisplayName, user.DisplayName));
        if (user.TownshipId is { } township)
        {
            identity.AddClaim(new Claim(GrantsClaims.TownshipId, township.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
