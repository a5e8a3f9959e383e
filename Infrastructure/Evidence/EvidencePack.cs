using System.Globalization;
using System.IO.Compression;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Storage;
using Grants.Reports.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// 证据包: one zip for an auditor — the ledger extract (ledger.xlsx), every receipt as stored (receipts/…), the
/// approval trail (approval-trail.pdf), the settlement's documents where they apply (settlement/…), and last a manifest
/// (manifest.csv, manifest.json) giving every file's SHA-256 as written. Entries are written one at a time, receipts
/// copied from the store's streams; everything is read in one snapshot, so the ledger, the trail and the files agree.
/// The reader's township scope is the <see cref="ScopedLedger"/>'s (the signed-in user's, or in a job the scope stored
/// with the request); what else they may see is the <see cref="EvidenceReader"/>'s. A project or quarter the reader may
/// not see fails with <see cref="EvidenceNotFoundException"/> before a byte is written; any later failure leaves a
/// partial zip, which the caller discards. Write to a file, not a response body: ZipArchive writes the end of each entry
/// synchronously, which a server's response refuses.
/// </summary>
public sealed class EvidencePack(GrantsDbContext db, FileStore store, ScopedLedger ledger, EvidenceReader reader, TimeProvider clock)
{
    public const string ContentType = "application/zip";
    public const string TrailName = "approval-trail.pdf";

    public static string FileName(int projectId) => string.Create(CultureInfo.InvariantCulture, $"证据包_项目{projectId}.zip");

    public static string FileName(Quarter quarter) => $"证据包_{quarter}.zip";

    /// <summary>The project's name when this reader may have its pack, else null: for a page to refuse before queueing a job.</summary>
    public Task<string?> ProjectNameAsync(int projectId, CancellationToken ct) => db.Projects.AsNoTracking()
        .Where(p => p.Id == projectId && (ledger.TownshipScope == null || p.TownshipId == ledger.TownshipScope))
        .Select(p => p.Name).SingleOrDefaultAsync(ct);

    public Task<bool> QuarterExistsAsync(Quarter quarter, CancellationToken ct) => db.Settlements.AnyAsync(s => s.Quarter == quarter, ct);

    /// <param name="progress">Told the percentage done after each file; 100 once the zip is complete.</param>
    public async Task<EvidenceManifest> WriteProjectAsync(int projectId, Stream zip, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        var facts = await new ProjectEvidence(db, ledger.TownshipScope).LoadAsync(projectId, ct) ?? throw EvidenceNotFoundException.Project(projectId);
        var now = clock.GetUtcNow();
        var audit = reader.SeesAuditTrail ? await AuditExcerpt.ReadAsync(db, ProjectEvidence.AuditedEntities(facts), ct) : null;
        var trail = new ApprovalTrailDocument(ProjectTrail.Build(facts, audit, reader.Name, now)).Render();
        var source = string.Create(CultureInfo.InvariantCulture, $"project:{projectId}");
        List<EvidenceItem> items =
        [
            EvidenceItem.Generated(EvidenceLedger.FileName, EvidenceKinds.Ledger, source,
                (s, c) => new EvidenceLedger(db, ledger).WriteProjectAsync(facts, ChinaTime.DateOf(now), s, c)),
            EvidenceItem.Generated(TrailName, EvidenceKinds.ApprovalTrail, source, (s, c) => s.WriteAsync(trail, c).AsTask()),
            .. ProjectEvidence.Items(facts),
        ];
        var filter = new Dictionary<string, string>
        {
            ["projectId"] = projectId.ToString(CultureInfo.InvariantCulture),
            ["auditTrail"] = Included(reader.SeesAuditTrail),
        };
        return await WriteAsync(Heading("project", $"{facts.Project.Name}（{facts.Township}{facts.Community}）", filter, now), items, zip, progress, ct);
    }

    /// <param name="progress">Told the percentage done after each file; 100 once the zip is complete.</param>
    public async Task<EvidenceManifest> WriteQuarterAsync(Quarter quarter, Stream zip, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        var countyFiles = reader.SeesCountyFiles && ledger.TownshipScope is null;
        var facts = await new QuarterEvidence(db, ledger.TownshipScope).LoadAsync(quarter, countyFiles, ct) ?? throw EvidenceNotFoundException.Quarter(quarter);
        var now = clock.GetUtcNow();
        var settlement = facts.Settlement;
        // The steps of earlier rounds are only in the trail's records: read for the steps, printed only for those who may.
        var audit = await AuditExcerpt.ReadAsync(db, [("QuarterSettlement", [settlement.Id])], ct);
        var trail = new ApprovalTrailDocument(SettlementTrail.Build(facts, audit, reader.SeesAuditTrail, ledger.TownshipScope is null, reader.Name, now)).Render();
        var source = string.Create(CultureInfo.InvariantCulture, $"settlement:{settlement.Id}");
        List<EvidenceItem> items =
        [
            EvidenceItem.Generated(EvidenceLedger.FileName, EvidenceKinds.Ledger, source, (s, c) => new EvidenceLedger(db, ledger).WriteQuarterAsync(facts, s, c)),
            EvidenceItem.Generated(TrailName, EvidenceKinds.ApprovalTrail, source, (s, c) => s.WriteAsync(trail, c).AsTask()),
            .. QuarterEvidence.Items(facts),
        ];
        var filter = new Dictionary<string, string>
        {
            ["quarter"] = quarter.ToString(),
            ["settlementId"] = settlement.Id.ToString(CultureInfo.InvariantCulture),
            ["round"] = settlement.Round.ToString(CultureInfo.InvariantCulture),
            ["countyFiles"] = Included(countyFiles),
            ["auditTrail"] = Included(reader.SeesAuditTrail),
        };
        return await WriteAsync(Heading("quarter", $"{quarter.ChineseName}结账", filter, now), items, zip, progress, ct);
    }

    private EvidenceManifest Heading(string pack, string subject, Dictionary<string, string> filter, DateTimeOffset now) =>
        new(pack, subject, filter, now, reader.Name, ledger.TownshipScope, []);

    private static string Included(bool included) => included ? "included" : "omitted";

    private async Task<EvidenceManifest> WriteAsync(
        EvidenceManifest heading, List<EvidenceItem> items, Stream output, IProgress<int>? progress, CancellationToken ct)
    {
        EvidenceManifest manifest;
        await using (var archive = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            var zip = new EvidenceZip(archive, store);
            for (var i = 0; i < items.Count; i++)
            {
                await zip.AddAsync(items[i], ct);
                progress?.Report((i + 1) * 99 / items.Count);
            }

            manifest = heading with { Files = [.. zip.Files] };
            await zip.AddUnlistedAsync(EvidenceManifest.CsvName, manifest.ToCsv(), ct);
            await zip.AddUnlistedAsync(EvidenceManifest.JsonName, manifest.ToJson(), ct);
        }

        progress?.Report(100);
        return manifest;
    }
}
