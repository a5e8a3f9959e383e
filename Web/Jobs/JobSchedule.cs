using Hangfire;

namespace Grants.Web.Jobs;

/// <summary>Registers the recurring jobs when a process starts (AddOrUpdate: every process may, the storage keeps one).</summary>
internal sealed class JobSchedule(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        SettlementJobs.Schedule(recurring);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
