using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Errors;

/// <summary>The friendly 403/404/500 pages; re-executed by the status-code and exception middleware.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error/{code:int}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Show(int code)
    {
        var status = code is 400 or 401 or 403 or 404 or 500 ? code : 500;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
