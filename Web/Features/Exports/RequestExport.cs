using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Identity;
using Grants.Web.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Exports;

/// <summary>
/// Asks for an export to be written in the background: the request keeps the user, the selection and the user's
/// township scope, and a job writes the file. Not a change of the county's data — an auditor may ask too.
/// </summary>
public sealed class RequestExportHandler(GrantsDbContext db, ICurrentUser user, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>Unfinished requests one user may have at once: enough for real work, too few to flood the workers.</summary>
    public const int MaxPending = 3;

    public async Task<int> HandleAsync(ExportForm form, long lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var selection = form.ToSelection();
        return await TryQueueAsync(selection, lines, LedgerExportWriter.FileName(selection), ct)
            ?? throw new DomainRuleException("Exports.TooManyPending", MaxPending);
    }

    /// <summary>Stores the request and enqueues its job; null, and nothing stored, when the user already has <see cref="MaxPending"/> unfinished.</summary>
    public async Task<int?> TryQueueAsync(LedgerSelection selection, long lines, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var userId = user.UserId ?? throw new InvalidOperationException("Only a signed-in user asks for an export.");
        var pending = await db.ExportRequests.CountAsync(
            r => r.UserId == userId && (r.Status == ExportStatus.Queued || r.Status == ExportStatus.Running), ct);
        if (pending >= MaxPending)
        {
            return null;
        }

        var request = new ExportRequest(userId, user.UserName ?? "", user.TownshipScope, selection, lines, fileName, clock.GetUtcNow());
        db.ExportRequests.Add(request);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<ExportJobs>(j => j.WriteAsync(request.Id, CancellationToken.None));
        return request.Id;
    }
}
