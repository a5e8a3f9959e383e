using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Web.Features.Exports;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Jobs;

/// <summary>
/// Writes a requested export — a ledger, or an evidence pack — into the file store. The job has no user of its own: it
/// reads through the scope stored with the request (<see cref="ScopedLedger.Of(GrantsDbContext, ExportRequest)"/>), so
/// a township accountant's export holds their township only, and a pack is refused if its project is not theirs. The
/// file is written to a temporary file, then stored by its hash; progress goes to the request through a context of its
/// own, outside the export's read snapshot.
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
        var ledger = ScopedLedger.Of(db, request);
        var progress = new Progress(scopes, requestId);
        long lines = 0;
        Func<Stream, Task> write;
        if (selection.Evidence is { } evidence)
        {
            var pack = new EvidencePack(db, store, ledger, new EvidenceReader(request.UserName, evidence.CountyFiles, evidence.AuditTrail), clock);
            write = file => evidence.ProjectId is { } projectId
                ? pack.WriteProjectAsync(projectId, file, progress, ct)
                : pack.WriteQuarterAsync(Quarter.Parse(evidence.Quarter), file, progress, ct);
        }
        else
        {
            var writer = new LedgerExportWriter(db, ledger);
            lines = await writer.CountAsync(selection, ct);
            write = file => writer.WriteAsync(selection, file, progress.OfLines(lines), ct);
        }

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
            await write(file);
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

    /// <summary>
    /// Writes the percentage when it changes, in a scope of its own so it commits while the export still reads. Never
    /// 100: only a finished request shows that.
    /// </summary>
    private sealed class Progress(IServiceScopeFactory scopes, int requestId) : IProgress<int>
    {
        private int last;

        /// <summary>A ledger's: the lines written of those counted, told every few thousand lines.</summary>
        public Func<long, Task> OfLines(long total) => async written =>
        {
            if (Changed(total <= 0 ? 0 : (int)Math.Min(99, written * 100 / total)) is { } percent)
            {
                await using var scope = scopes.CreateAsyncScope();
                await Of(scope).ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, percent));
            }
        };

        /// <summary>A pack's: its percentage after each file. The pack does not wait for a report, so it is written at once.</summary>
        public void Report(int value)
        {
            if (Changed(value) is { } percent)
            {
                using var scope = scopes.CreateScope();
                Of(scope).ExecuteUpdate(s => s.SetProperty(r => r.Progress, percent));
            }
        }

        private int? Changed(int value)
        {
            var percent = Math.Min(99, value);
            return percent == last ? null : last = percent;
        }

        private IQueryable<ExportRequest> Of(IServiceScope scope) =>
            scope.ServiceProvider.GetRequiredService<GrantsDbContext>().ExportRequests.Where(r => r.Id == requestId);
    }
}
