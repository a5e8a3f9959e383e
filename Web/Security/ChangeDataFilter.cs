using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Grants.Web.Security;

/// <summary>
/// Holds every request that can change data (any method but GET/HEAD/OPTIONS) to the
/// <see cref="Policies.ChangeData"/> policy. Registered globally, so a read-only role is refused by the
/// server however the request was made, and a new POST action is covered without anyone remembering to.
/// </summary>
public sealed class ChangeDataFilter(IAuthorizationService authorization) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || context.ActionDescriptor.EndpointMetadata.Any(m => m is AllowReadOnlyUsersAttribute or IAllowAnonymous))
        {
            return;
        }

        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
        }
        else if (!(await authorization.AuthorizeAsync(user, Policies.ChangeData)).Succeeded)
        {
            context.Result = new ForbidResult();
        }
    }
}

/// <summary>For the few POSTs that change only the user's own session: sign-in, sign-out, language.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowReadOnlyUsersAttribute : Attribute;
