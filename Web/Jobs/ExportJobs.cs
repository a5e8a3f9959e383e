using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Web.Features.Exports;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Jobs;

/// <summary>
/// Writes a requested export into the file store. The job has no user of its own: it reads the ledger through the
/// scope stored with the request (<see cref="ScopedLedger.Of(GrantsDbContext, ExportRequest)"/>), so a township
/// accountant's export holds their township only. The file is written to a temporary file, then stored by its hash;
/// progress goes to the request through a context of its own, outside the export's read snapshot.
/// </summary>
public sealed class ExportJobs(GrantsDbContext db, FileStore store, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExportJobs> log)
{
    /// <summary>Not retried: a failed export says why in the user's list, and the user asks again.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task WriteAsync(int requestId, CancellationToken ct)
    {
        var request = await db.ExportRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return;
        }

        var selection = request.ReadSelection();
        var writer = new LedgerExportWriter(db, ScopedLedger.Of(db, request));
        var lines = await writer.CountAsync(selection, ct);
        if (!request.Start(lines, clock.GetUtcNow()))
        {
            return; // written already: a second delivery of the same job
        }

        await db.SaveChangesAsync(ct);
        Directory.CreateDirectory(store.Root);
        try
        {
            await using var file = new FileStream(
                Path.Combine(store.Root, $".export-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            var progress = new Progress(scopes, requestId, lines);
            await writer.WriteAsync(selection, file, progress.ReportAsync, ct);
            file.Position = 0;
            var blob = await store.SaveGeneratedAsync(file, LedgerExportWriter.ContentType(selection.Format), ct);
            await db.RecordAsync(blob, clock.GetUtcNow(), request.UserName, ct);
            request.Finish(blob, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Export request {Id} failed", requestId);
            request.Fail($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Writes the percentage when it changes, in a scope of its own so it commits while the export still reads.</summary>
    private sealed class Progress(IServiceScopeFactory scopes, int requestId, long total)
    {
        private int last;

        public async Task ReportAsync(long written)
        {
            var percent = total <= 0 ? 0 : (int)Math.Min(99, written * 100 / total);
            if (percent == last)
            {
                return;
            }

            last = percent;
            await using var scope = scopes.CreateAsyncScope();
            var progressDb = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
            await progressDb.ExportRequests.Where(r => r.Id == requestId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, percent));
        }
    }
}
