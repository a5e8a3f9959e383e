using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Grants.Web.Security;

internal static class CookieEvents
{
    /// <summary>A signed-in user who may not see a page gets a plain 403 (rendered by the error page), not a redirect.</summary>
    public static Task Forbid(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>Non-page requests (POSTs, /jobs API calls) get 401 rather than a redirect they cannot follow.</summary>
    public static Task Challenge(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }
}
