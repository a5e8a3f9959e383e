using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.OpenData;

/// <summary>开放数据: the disclosure's projects and awards as one machine-readable file, for anyone, without signing in.</summary>
[AllowAnonymous]
public sealed class OpenDataController(OpenGrantsQuery grants) : Controller
{
    [HttpGet("opendata/grants.json")]
    public IActionResult Grants() => new OpenDataResult(grants);
}

/// <summary>Streams the package straight into the response (see <see cref="OpenDataWriter"/>).</summary>
public sealed class OpenDataResult(OpenGrantsQuery grants) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = OpenDataWriter.ContentType;
        response.Headers.XContentTypeOptions = "nosniff";
        // Open data: any site may read it from a browser. It carries no cookie-bound data, so this is safe.
        response.Headers.AccessControlAllowOrigin = "*";
        await OpenDataWriter.WriteAsync(response.Body, grants, context.HttpContext.RequestAborted);
    }
}
