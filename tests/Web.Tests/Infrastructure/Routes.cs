using System.Reflection;
using System.Text.RegularExpressions;
using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>Where a value reaches an action: a URL segment, the query string, or a field of the bound form or filter.</summary>
public enum InputPlace
{
    Path,
    Query,
    Field,
}

/// <summary>One simple value an action binds, directly as a parameter or as a property of its form or filter model.</summary>
public sealed record RouteInput(string Name, Type Type, InputPlace Place, bool Optional)
{
    /// <summary>A parameter of the action itself (path or query), rather than a field inside its form or filter.</summary>
    public bool Direct => Place != InputPlace.Field;
}

/// <summary>One MVC action under one HTTP method, with every simple value it binds.</summary>
public sealed partial record AppRoute(
    string Controller, string Action, string Method, string Template, IReadOnlyList<RouteInput> Inputs,
    bool Anonymous, bool ForReadOnlyUsers, bool TakesFile)
{
    public string Name => $"{Method} {Controller}/{Action}";

    public bool ChangesData => Method != "GET";

    /// <summary>
    /// The URL with the given values: path values in the template, direct values (and, for GET, the filter's fields)
    /// in the query string. A value of null leaves the input out.
    /// </summary>
    public string Url(IReadOnlyDictionary<string, string?> values)
    {
        var path = TemplateParameter().Replace(Template, m => values.GetValueOrDefault(NameOf(m.Value)) ?? "");
        var query = Inputs
            .Where(i => i.Place == InputPlace.Query || (i.Place == InputPlace.Field && !ChangesData))
            .Where(i => values.GetValueOrDefault(i.Name) is not null)
            .ToDictionary(i => i.Name, i => values[i.Name]);
        return QueryHelpers.AddQueryString("/" + path.TrimEnd('/'), query);
    }

    public override string ToString() => Name;

    internal static string NameOf(string templateParameter) => templateParameter.Trim('{', '}').Split(':', '=', '?')[0];

    [GeneratedRegex(@"\{[^}]+\}")]
    internal static partial Regex TemplateParameter();
}

/// <summary>
/// Every action of the running app with what it binds, read from MVC's own action descriptors (as <see cref="PostRoutes"/>
/// does), so a test that fills the inputs of every route covers a new route — and a new input — the day it is added.
/// </summary>
public static class Routes
{
    private static readonly Type[] SimpleTypes =
    [
        typeof(string), typeof(decimal), typeof(Guid), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeOnly),
    ];

    public static IReadOnlyList<AppRoute> All(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .SelectMany(d => MethodsOf(d).Select(m => Describe(d, m)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> MethodsOf(ControllerActionDescriptor action)
    {
        var methods = (action.ActionConstraints ?? []).OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList();
        return methods.Count == 0 ? ["GET", "POST"] : methods.Select(m => m.ToUpperInvariant()).Distinct();
    }

    private static AppRoute Describe(ControllerActionDescriptor action, string method)
    {
        var template = action.AttributeRouteInfo?.Template
            ?? $"{action.ControllerName}/{action.ActionName}".ToLowerInvariant() + (action.Parameters.Any(p => p.Name == "id") ? "/{id}" : "");
        var inPath = AppRoute.TemplateParameter().Matches(template).Select(m => AppRoute.NameOf(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inputs = new List<RouteInput>();
        var takesFile = false;
        foreach (var parameter in action.Parameters.OfType<ControllerParameterDescriptor>())
        {
            var type = parameter.ParameterType;
            if (parameter.BindingInfo?.BindingSource == BindingSource.Services || type == typeof(CancellationToken))
            {
                continue;
            }

            if (IsFile(type))
            {
                takesFile = true;
            }
            else if (IsSimple(type))
            {
                var place = inPath.Contains(parameter.Name) ? InputPlace.Path : InputPlace.Query;
                inputs.Add(new RouteInput(parameter.Name, type, place, IsOptional(parameter.ParameterInfo)));
            }
            else
            {
                foreach (var property in Bindable(type))
                {
                    takesFile |= IsFile(property.PropertyType);
                    if (IsSimple(property.PropertyType))
                    {
                        inputs.Add(new RouteInput(property.Name, property.PropertyType, InputPlace.Field, IsOptional(property)));
                    }
                }
            }
        }

        return new AppRoute(
            action.ControllerName, action.ActionName, method, template, inputs,
            action.EndpointMetadata.Any(m => m is IAllowAnonymous),
            action.EndpointMetadata.Any(m => m is AllowReadOnlyUsersAttribute),
            takesFile);
    }

    private static IEnumerable<PropertyInfo> Bindable(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<BindNeverAttribute>() is null);

    private static bool IsFile(Type type) => typeof(IFormFile).IsAssignableFrom(type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);

    private static bool IsSimple(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare.IsPrimitive || bare.IsEnum || SimpleTypes.Contains(bare);
    }

    private static bool IsOptional(ParameterInfo parameter) =>
        Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static bool IsOptional(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
}
