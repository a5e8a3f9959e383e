using System.Security.Claims;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.EvidencePacks;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace Grants.Web.Features.Exports;

/// <summary>What came of asking for a pack: queued as <see cref="RequestId"/>; not there for this user; or refused, as the user has too many exports unfinished.</summary>
public sealed record PackRequested(bool Found, int? RequestId)
{
    public static PackRequested NotFound { get; } = new(false, null);
}

/// <summary>
/// Asks for an evidence pack (证据包) of a project or a quarter, written by the export job into the user's downloads.
/// A project must be one the user may see — for a township accountant, one of their own township — checked here through
/// the user's own scope, and again by the job through the scope kept with the request. What the pack shows beyond the
/// township is decided now, by the policies the pages use: the settlement's county-wide files for the finance readers,
/// the audit trail's records for the trail's readers; the job has no user to ask.
/// </summary>
public sealed class RequestEvidencePackHandler(
    GrantsDbContext db, ICurrentUser user, FileStore store, TimeProvider clock, IAuthorizationService authorization, RequestExportHandler queue)
{
    public async Task<PackRequested> ProjectAsync(int projectId, ClaimsPrincipal reader, CancellationToken ct)
    {
        if (await Pack().ProjectNameAsync(projectId, ct) is null)
        {
            return PackRequested.NotFound;
        }

        var (countyFiles, auditTrail) = await AccessAsync(reader);
        return await QueueAsync(new EvidenceSelection(projectId, null, countyFiles, auditTrail), EvidencePack.FileName(projectId), ct);
    }

    /// <summary>A township accountant may ask too: the job writes their township's notices and payouts only.</summary>
    public async Task<PackRequested> QuarterAsync(Quarter quarter, ClaimsPrincipal reader, CancellationToken ct)
    {
        if (!await Pack().QuarterExistsAsync(quarter, ct))
        {
            return PackRequested.NotFound;
        }

        var (countyFiles, auditTrail) = await AccessAsync(reader);
        return await QueueAsync(new EvidenceSelection(null, quarter.ToString(), countyFiles, auditTrail), EvidencePack.FileName(quarter), ct);
    }

    /// <summary>Only for its checks of what the user may have; the pack itself is written by the job.</summary>
    private EvidencePack Pack() =>
        new(db, store, ScopedLedger.Of(db, user), new EvidenceReader(user.UserName ?? "", SeesCountyFiles: false, SeesAuditTrail: false), clock);

    private async Task<(bool CountyFiles, bool AuditTrail)> AccessAsync(ClaimsPrincipal reader) => (
        (await authorization.AuthorizeAsync(reader, Policies.ViewFinance)).Succeeded,
        (await authorization.AuthorizeAsync(reader, Policies.ViewAudit)).Succeeded);

    private async Task<PackRequested> QueueAsync(EvidenceSelection evidence, string fileName, CancellationToken ct) =>
        new(true, await queue.TryQueueAsync(LedgerSelection.Pack(evidence), 0, fileName, ct));
}
