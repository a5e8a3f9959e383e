using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Requests;

public static class RequestPages
{
    /// <summary>A request form's title and breadcrumbs: 报账 › the request › the action.</summary>
    public static void SetRequestFormTitle(this ViewDataDictionary viewData, IUrlHelper url, IStringLocalizer text, RequestHeading request, string actionKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = text[actionKey].Value;
        viewData["Title"] = action;
        viewData.SetBreadcrumbs(
            new Crumb(text["Requests.Title"], url.Action("Index", "Requests")),
            new Crumb(text["Requests.Number", request.Id], url.Action("Details", "Requests", new { id = request.Id })),
            new Crumb(action));
    }
}
