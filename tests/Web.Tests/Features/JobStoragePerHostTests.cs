using Grants.Infrastructure;
using Grants.Web.Hosting;
using Grants.Web.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grants.Web.Tests.Features;

/// <summary>
/// Two hosts in one process, each with its own job database (the tests start many): a job one host enqueues lands in
/// its own storage, even when the other host configured Hangfire in between — Hangfire's JobStorage.Current is one
/// per process, and a host that takes it from there runs its jobs against another host's database.
/// </summary>
public sealed class JobStoragePerHostTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("grants-jobs-").FullName;

    [Fact]
    public void A_host_enqueues_into_its_own_job_storage_after_another_host_configured_Hangfire()
    {
        using var first = Host("first");
        using var second = Host("second");

        // The order in which two hosts starting side by side may resolve their services.
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();
        var jobId = first.GetRequiredService<IBackgroundJobClient>().Enqueue<SettlementJobs>(j => j.ResumeAsync(CancellationToken.None));

        var firstStorage = first.GetRequiredService<JobStorage>();
        var secondStorage = second.GetRequiredService<JobStorage>();
        Assert.NotSame(firstStorage, secondStorage);
        Assert.Equal(1, firstStorage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Equal(0, secondStorage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.NotNull(firstStorage.GetMonitoringApi().JobDetails(jobId));
    }

    [Fact]
    public void A_host_enqueues_after_another_host_in_the_process_has_shut_down()
    {
        using (var gone = Host("gone", logging: true))
        {
            gone.GetRequiredService<IBackgroundJobClient>().Enqueue<SettlementJobs>(j => j.ResumeAsync(CancellationToken.None));
        }

        // Hangfire's logging is one per process: the first host's disposed logger factory must not break the next.
        using var next = Host("next", logging: true);
        var jobId = next.GetRequiredService<IBackgroundJobClient>().Enqueue<SettlementJobs>(j => j.ResumeAsync(CancellationToken.None));

        Assert.NotNull(next.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId));
    }

    private ServiceProvider Host(string name, bool logging = false)
    {
        var settings = new GrantsSettings(Path.Combine(root, name), DatabaseEngine.Sqlite, $"Data Source={Path.Combine(root, name, "grants.db")}");
        var services = new ServiceCollection();
        if (logging)
        {
            services.AddLogging(l => l.AddConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
        }
        else
        {
            services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        }

        services.AddGrantsJobs(settings, runServer: false);
        return services.BuildServiceProvider();
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
