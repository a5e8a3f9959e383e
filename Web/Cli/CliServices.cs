using Grants.Infrastructure;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Seeding;
using Grants.Infrastructure.Settlement;
using Grants.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Grants.Web.Cli;

/// <summary>The services a management command needs: the data layer and user management, no web server.</summary>
internal static class CliServices
{
    public static IHost Build(string[] hostArgs)
    {
        // appsettings.json sits beside the built program, so every command reads the same settings file.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = hostArgs, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var settings = GrantsSettings.From(builder.Configuration);
        builder.Services.AddGrantsData(settings);
        builder.Services.AddSingleton(ProjectRules.From(builder.Configuration));
        builder.Services.AddGrantsSettlement(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser, SystemUser>();
        // The audit trail names the command that made each change ("cli seed"); CommonOptions passes it.
        builder.Services.AddScoped(_ => new AuditOperation { Operation = builder.Configuration[CommonOptions.AuditOperationKey] ?? "cli" });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddIdentityCore<AppUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<Infrastructure.Data.GrantsDbContext>();
        builder.Services.Configure<PasswordHasherOptions>(IdentitySetup.Configure);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<LedgerVerifier>();
        return builder.Build();
    }

    public static async Task<T> InScope<T>(this IHost host, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
