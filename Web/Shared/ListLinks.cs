using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;

namespace Grants.Web.Shared;

/// <summary>Links that keep a list page's query (filters, sort, page) while changing one part of it.</summary>
public static class ListLinks
{
    /// <summary>The current URL with some query keys replaced (null removes a key).</summary>
    public static string WithQuery(this ViewContext context, params (string Key, string? Value)[] changes)
    {
        var request = context.HttpContext.Request;
        var query = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            query[key] = value;
        }

        var kept = query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value);
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, kept);
    }

    /// <summary>A column header that sorts by <paramref name="column"/>, toggling the direction on a second click.</summary>
    public static IHtmlContent SortHeader(this IHtmlHelper html, string column, string text, ListQuery query)
    {
        var active = string.Equals(query.Sort, column, StringComparison.OrdinalIgnoreCase);
        var desc = active && !query.Desc;
        var href = html.ViewContext.WithQuery(("sort", column), ("desc", desc ? "true" : null), ("page", null));
        var arrow = active ? (query.Desc ? " ▼" : " ▲") : "";
        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.Attributes["data-sort"] = column;
        link.InnerHtml.Append(text + arrow);
        return link;
    }
}
