using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Pools;

public static class PoolPages
{
    /// <summary>
    /// Title and trail of a form that moves a pool's money: pools › the pool › the action. Set by the view itself,
    /// because a partial view's ViewData is a copy the layout never sees.
    /// </summary>
    public static void SetFormTitle(this ViewDataDictionary viewData, IUrlHelper url, IStringLocalizer text, PoolSummary pool, string actionKey)
    {
        var action = text[actionKey].Value;
        viewData["Title"] = action;
        viewData.SetBreadcrumbs(
            new Crumb(text["Pools.Title"], url.Action("Index", "Pools")),
            new Crumb($"{pool.FiscalYear} {pool.Name}", url.Action("Details", "Pools", new { id = pool.Id })),
            new Crumb(action));
    }
}
