using Grants.Infrastructure.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Grants.Web.Shared;

/// <summary>
/// A body beyond the action's [RequestSizeLimit] is cut off by the server before any form can say why. This reads the
/// form first — after those limits are set (order 900), before antiforgery reads it (1000) — and answers such a cut
/// with a page that names the field and the limit (413) instead of an error page. Smaller oversized files reach the
/// form and get <see cref="AcceptedFileAttribute"/>'s message under the field.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OversizedUploadAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            context.Result = new ViewResult
            {
                ViewName = "UploadTooLarge",
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
                {
                    Model = new UploadTooLarge(request.Path, FileStore.MaxMegabytes),
                },
            };
        }
    }
}

/// <summary>What the page says: the limit, and the form to go back to.</summary>
public sealed record UploadTooLarge(string FormUrl, int MaxMegabytes);
