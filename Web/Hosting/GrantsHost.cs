using Grants.Infrastructure;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Settlement;

namespace Grants.Web.Hosting;

public static class GrantsHost
{
    /// <summary>The web app (and, for <see cref="HostRole.All"/>, the job server in the same process).</summary>
    public static WebApplication BuildWeb(string[] args, HostRole role = HostRole.All, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        var settings = GrantsSettings.From(builder.Configuration);
        CheckRole(settings, role);
        builder.Services.AddGrantsWeb(settings, role);
        builder.Services.AddSingleton(ProjectRules.From(builder.Configuration));
        builder.Services.AddGrantsSettlement(builder.Configuration);
        return builder.Build().UseGrantsPipeline();
    }

    /// <summary>A job server with no web endpoints, for `run --role worker`.</summary>
    public static IHost BuildWorker(string[] args)
    {
        // appsettings.json sits beside the built program, so every command reads the same settings file.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var settings = GrantsSettings.From(builder.Configuration);
        CheckRole(settings, HostRole.Worker);
        builder.Services.AddGrantsData(settings);
        builder.Services.AddSingleton(ProjectRules.From(builder.Configuration));
        builder.Services.AddScoped<ICurrentUser, SystemUser>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddGrantsSettlement(builder.Configuration);
        builder.Services.AddGrantsJobs(settings, runServer: true);
        return builder.Build();
    }

    public static void CheckRole(GrantsSettings settings, HostRole role)
    {
        if (settings.Engine == DatabaseEngine.Sqlite && role != HostRole.All)
        {
            throw new OperatorException(
                "--role web|worker needs PostgreSQL (--db postgres): the SQLite job storage is safe within one process only.");
        }
    }
}
