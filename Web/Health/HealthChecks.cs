using Grants.Infrastructure.Data;
using Grants.Reports.Fonts;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grants.Web.Health;

public sealed class DatabaseHealthCheck(GrantsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied: run ./grants migrate");
    }
}

public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var servers = monitoring.Servers().Count;
            return Task.FromResult(HealthCheckResult.Healthy($"{storage.GetType().Name}, {servers} server(s)"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("job storage unreachable", e));
        }
    }
}

public sealed class PdfFontsHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = CjkFonts.Missing();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy(string.Join(", ", CjkFonts.Required.Select(f => f.DebianPackage)))
            // Degraded, not Unhealthy: the app serves every page; only PDF documents need the fonts.
            : HealthCheckResult.Degraded("missing: " + string.Join(", ", missing.Select(f => f.DebianPackage))));
    }
}
