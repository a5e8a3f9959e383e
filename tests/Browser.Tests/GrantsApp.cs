using Grants.Infrastructure.Data;
using Grants.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grants.Browser.Tests;

/// <summary>
/// The real app on a real loopback port (Kestrel, not the in-memory test server) so a browser can reach it,
/// with the demo county seeded into a temporary SQLite data folder through the app's own services.
/// </summary>
public sealed class GrantsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "grants-browser-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(1);
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Grants:Data", dataDirectory);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // The CLI registers the seeder; the web host does not need it.
        builder.ConfigureServices(services => services.AddScoped<DemoSeeder>());
    }
}
