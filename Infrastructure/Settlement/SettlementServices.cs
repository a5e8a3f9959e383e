using Grants.Domain.Assessment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Grants.Infrastructure.Settlement;

public static class SettlementServices
{
    /// <summary>The settlement's steps and settings; the grading rules are read once here so a wrong value stops start-up.</summary>
    public static IServiceCollection AddGrantsSettlement(this IServiceCollection services, IConfiguration configuration)
    {
        var assessment = new AssessmentSettings(configuration);
        assessment.RulesFor(Quarter.Containing(ChinaTime.Today(TimeProvider.System)));
        services.AddSingleton(assessment);
        services.AddSingleton(DocumentSettings.From(configuration));
        services.AddScoped<SettlementDrafting>();
        services.AddScoped<SettlementSteps>();
        services.AddScoped<SettlementPayouts>();
        services.AddScoped<SettlementDocuments>();
        services.AddScoped<SettlementCountyFiles>();
        services.AddScoped<SettlementRun>();
        return services;
    }
}
