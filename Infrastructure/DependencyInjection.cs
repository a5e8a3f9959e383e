using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Grants.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The data layer. The host registers <see cref="ICurrentUser"/> itself — the web app per request, the CLI and
    /// the worker as <see cref="SystemUser"/> — so the township scope never depends on registration order.
    /// </summary>
    public static IServiceCollection AddGrantsData(this IServiceCollection services, GrantsSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Engine == DatabaseEngine.Sqlite)
        {
            services.AddDbContext<SqliteGrantsDbContext>((sp, o) => Configure(o, settings, sp.GetService<TimeProvider>()));
            services.AddScoped<GrantsDbContext>(sp => sp.GetRequiredService<SqliteGrantsDbContext>());
        }
        else
        {
            services.AddDbContext<PostgresGrantsDbContext>((sp, o) => Configure(o, settings, sp.GetService<TimeProvider>()));
            services.AddScoped<GrantsDbContext>(sp => sp.GetRequiredService<PostgresGrantsDbContext>());
        }

        // The CLI and the job server act as the system; the web app registers its own IAuditContext per request.
        services.TryAddScoped<AuditOperation>();
        services.TryAddScoped<IAuditContext>(sp => sp.GetRequiredService<AuditOperation>());
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<FileStore>();
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, GrantsSettings settings, TimeProvider? clock)
    {
        if (settings.Engine == DatabaseEngine.Sqlite)
        {
            options.UseSqlite(settings.ConnectionString);
        }
        else
        {
            options.UseNpgsql(settings.ConnectionString);
        }

        options.AddInterceptors(new AppendOnlyJournal(), new AuditCapture(), new AuditSealer(clock ?? TimeProvider.System));
        // Community → Township is filtered on both ends by the same township scope, so the warning does not apply.
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>
    /// Hangfire keeps its jobs beside the data: a SQLite file in the data folder (one process only),
    /// or the same PostgreSQL database, where several web and worker processes can share the queue.
    /// </summary>
    /// <summary>Hangfire's serializer settings and the given storage, which also becomes Hangfire's process-wide default.</summary>
    public static IGlobalConfiguration UseGrantsJobStorage(this IGlobalConfiguration configuration, JobStorage storage) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(storage);

    /// <summary>
    /// A new job storage on this installation's database. Each host builds its own and registers it: Hangfire's
    /// JobStorage.Current is one per process, and hosts sharing a process (the tests start many) would take each
    /// other's.
    /// </summary>
    public static JobStorage CreateJobStorage(GrantsSettings settings)
    {
        if (settings.Engine == DatabaseEngine.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            // The settlement's jobs hand on to each other (pay → issue per township): found within seconds, not the default 15.
            return new SQLiteStorage(settings.JobsDatabasePath, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) });
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            // Settlement jobs hand on to each other (pay → issue per township). A new job is announced (LISTEN/NOTIFY)
            // to the idle workers of every server at once; polling every few seconds remains the fallback.
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(3),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.ConnectionString, options), options);
    }
}
