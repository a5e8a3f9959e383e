using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Grants.Web.Shared;

/// <summary>The trail above a page's title. Text is already localized; the last crumb has no link.</summary>
public sealed record Crumb(string Text, string? Url = null);

public static class Breadcrumbs
{
    private const string Key = "breadcrumbs";

    public static void SetBreadcrumbs(this ViewDataDictionary viewData, params Crumb[] crumbs) => viewData[Key] = crumbs;

    public static IReadOnlyList<Crumb> GetBreadcrumbs(this ViewDataDictionary viewData) =>
        viewData[Key] as Crumb[] ?? [];
}
