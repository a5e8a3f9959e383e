using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Errors;

/// <summary>The friendly 400/401/403/404/413/500 pages; re-executed by the status-code and exception middleware.</summary>
// Re-executed with the failed request's method and form: it must not re-check that form's antiforgery token
// (a refused token would be refused again, leaving a blank page), and it changes nothing.
[AllowAnonymous, IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error/{code:int}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Show([FromRoute] int code)
    {
        var status = code is 400 or 401 or 403 or 404 or 413 or 500 ? code : 500;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
