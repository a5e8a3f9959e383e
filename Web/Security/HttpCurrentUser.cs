using System.Globalization;
using System.Security.Claims;
using Grants.Domain.Users;
using Grants.Infrastructure.Identity;

namespace Grants.Web.Security;

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => Principal?.Identity?.Name;

    public int? TownshipScope
    {
        get
        {
            if (accessor.HttpContext is null)
            {
                // Outside a request (a background job in this process) the system acts county-wide.
                return null;
            }

            var user = Principal;
            if (user?.Identity?.IsAuthenticated != true)
            {
                // Anonymous requests reach no scoped rows at all.
                return ICurrentUser.NoTownship;
            }

            if (!user.IsInRole(Role.TownshipAccountant))
            {
                return null;
            }

            return int.TryParse(user.FindFirstValue(GrantsClaims.TownshipId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : ICurrentUser.NoTownship;
        }
    }
}
