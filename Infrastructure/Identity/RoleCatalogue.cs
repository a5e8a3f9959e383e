using Grants.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Grants.Infrastructure.Identity;

public static class RoleCatalogue
{
    /// <summary>The six roles exist in every database, demo or not.</summary>
    public static async Task EnsureAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Role.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Cannot create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
