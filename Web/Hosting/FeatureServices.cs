namespace Grants.Web.Hosting;

internal static class FeatureServices
{
    /// <summary>
    /// Registers every use case in Features/ by name: a class ending in "Handler" (a write) or "Query" (a read)
    /// is scoped, like the DbContext it uses. One use case per file, no mediator, no registration list to forget.
    /// </summary>
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        var useCases = typeof(FeatureServices).Assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsAbstract: false, IsNested: false }
            && t.Namespace?.StartsWith("Grants.Web.Features", StringComparison.Ordinal) == true
            && (t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal)));
        foreach (var type in useCases)
        {
            services.AddScoped(type);
        }

        return services;
    }
}
