using System.Text.RegularExpressions;
using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>One MVC action that accepts POST, with a URL that reaches it.</summary>
public sealed record PostRoute(string Name, string Url, bool ForReadOnlyUsers)
{
    public override string ToString() => $"{Name} ({Url})";
}

/// <summary>
/// Every action the running app accepts POST on, read from MVC itself, so a new form is covered by the
/// security tests the day it is added. Actions with no method attribute accept POST too, so they are included.
/// </summary>
public static partial class PostRoutes
{
    public static IReadOnlyList<PostRoute> All(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(AcceptsPost)
            .Select(d => new PostRoute(
                $"{d.ControllerName}/{d.ActionName}",
                UrlOf(d),
                d.EndpointMetadata.Any(m => m is AllowReadOnlyUsersAttribute or IAllowAnonymous)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static bool AcceptsPost(ControllerActionDescriptor action)
    {
        var methods = (action.ActionConstraints ?? []).OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList();
        return methods.Count == 0 || methods.Contains("POST", StringComparer.OrdinalIgnoreCase);
    }

    private static string UrlOf(ControllerActionDescriptor action)
    {
        if (action.AttributeRouteInfo?.Template is { } template)
        {
            // Every route value becomes 1: an int id, a string id, an error code alike.
            return "/" + RouteParameter().Replace(template, "1");
        }

        var url = $"/{action.ControllerName}/{action.ActionName}".ToLowerInvariant();
        return action.Parameters.Any(p => p.Name == "id") ? url + "/1" : url;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
