using Grants.Infrastructure.Audit;
using Hangfire;

namespace Grants.Web.Hosting;

/// <summary>
/// Hangfire's scope per job, as AspNetCoreJobActivator makes it, that also names the job in the audit trail:
/// "job SettlementJobs.PayAsync". Jobs act as the system.
/// </summary>
public sealed class AuditedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = scopes.CreateScope();
        var job = context.BackgroundJob.Job;
        scope.ServiceProvider.GetRequiredService<AuditOperation>().Operation = $"job {job.Type.Name}.{job.Method.Name}";
        return new Scope(scope);
    }

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        // Hangfire disposes the scope on a worker thread of its own, so waiting here blocks no request.
        public override void DisposeScope()
        {
            if (scope is IAsyncDisposable asyncScope)
            {
                asyncScope.DisposeAsync().AsTask().GetAwaiter().GetResult();
                return;
            }

            scope.Dispose();
        }
    }
}
