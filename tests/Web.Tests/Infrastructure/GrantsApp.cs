using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>
/// The whole web app over real HTTP (in memory) on a real database of its own, migrated and seeded with the demo
/// county through the app's own services. One instance per engine per test collection.
/// </summary>
public abstract class GrantsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, Task<TestClient>> signedIn = [];

    protected GrantsApp(DatabaseEngine engine) => Engine = engine;

    public DatabaseEngine Engine { get; }

    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grants-web-tests-" + Guid.NewGuid().ToString("N"));

    protected abstract string ConnectionString { get; }

    public TestClient NewClient(string? acceptLanguage = null) => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    }), acceptLanguage);

    /// <summary>
    /// A client signed in as a demo user, shared by the tests of this app: PBKDF2 makes each sign-in cost ~0.15 s.
    /// Tests that sign out or switch language must use <see cref="NewClient"/> instead.
    /// </summary>
    public Task<TestClient> SignedIn(string userName)
    {
        lock (signedIn)
        {
            if (!signedIn.TryGetValue(userName, out var client))
            {
                client = SignInNewClient(userName);
                signedIn[userName] = client;
            }

            return client;
        }
    }

    /// <summary>Runs work with the app's own services outside any request, so it acts county-wide.</summary>
    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> InDb<T>(Func<GrantsDbContext, Task<T>> work) =>
        InScope(sp => work(sp.GetRequiredService<GrantsDbContext>()));

    /// <summary>A user of its own for a test that would disturb a demo user (failed passwords, lockout).</summary>
    public Task<string> CreateUserAsync(string prefix, string password, string? role = null) => InScope(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = $"{prefix}-{Guid.NewGuid():N}"[..30], DisplayName = prefix };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return user.UserName;
    });

    async Task IAsyncLifetime.InitializeAsync()
    {
        await CreateDatabaseAsync();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(1);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in signedIn.Values.Where(c => c.IsCompletedSuccessfully))
        {
            client.Result.Dispose();
        }

        await base.DisposeAsync();
        await DropDatabaseAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Grants:Data", DataDirectory);
        builder.UseSetting("Grants:Db", Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres");
        builder.UseSetting("Grants:Connection", ConnectionString);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // The CLI registers the seeder; the web host does not need it.
        builder.ConfigureServices(services => services.AddScoped<DemoSeeder>());
    }

    private async Task<TestClient> SignInNewClient(string userName)
    {
        var client = NewClient();
        await client.SignInAs(userName);
        return client;
    }
}

public sealed class SqliteApp : GrantsApp
{
    public SqliteApp() : base(DatabaseEngine.Sqlite) { }

    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "grants.db")}";

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

public sealed class PostgresApp : GrantsApp
{
    public const string Variable = "GRANTS_TEST_POSTGRES";

    private readonly string databaseName = "grants_test_" + Guid.NewGuid().ToString("N");

    public PostgresApp() : base(DatabaseEngine.Postgres) { }

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = databaseName }.ConnectionString;

    private static string BaseConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL web tests need a server, e.g. " +
                $"{Variable}=\"Host=127.0.0.1;Port=5432;Username=grants_test;Password=grants_test\" (./grants test sets it).");

    // Created here rather than by EF's migrator: the job server starts with the host and needs the database first.
    protected override Task CreateDatabaseAsync() => AdminCommandAsync($"CREATE DATABASE \"{databaseName}\"");

    protected override async Task DropDatabaseAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 })
        {
            NpgsqlConnection.ClearAllPools();
            await AdminCommandAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
        }
    }

    private static async Task AdminCommandAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
