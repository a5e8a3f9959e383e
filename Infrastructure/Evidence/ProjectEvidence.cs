using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.EvidencePacks;

internal sealed record AllocationRow(int Id, DateOnly On, Money Amount, string Pool, string Purpose);

internal sealed record CommunityNotice(int Id, Quarter Quarter, string Number, string FileName, string Sha256);

/// <summary>Everything a project's pack is made of, read in one snapshot.</summary>
internal sealed record ProjectFacts(
    Project Project,
    string Township,
    string Community,
    string? Unit,
    IReadOnlyList<DisbursementRequest> Requests,
    IReadOnlyList<AllocationRow> Allocations,
    IReadOnlyList<CommunityNotice> Notices,
    IReadOnlyDictionary<string, string> ContentTypes);

/// <summary>
/// Reads a project for its evidence pack: the project with its budget lines, every request with its files and review
/// steps, the allocations it received, and the notices of the latest round of each quarter issued to its community.
/// Every read is confined to <paramref name="townshipScope"/> itself, not only by the context's query filters: a job
/// runs with no user, so the scope it was asked with is the only one there is.
/// </summary>
internal sealed class ProjectEvidence(GrantsDbContext db, int? townshipScope)
{
    public async Task<ProjectFacts?> LoadAsync(int projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().WithBudgetLines()
            .SingleOrDefaultAsync(p => p.Id == projectId && (townshipScope == null || p.TownshipId == townshipScope), ct);
        if (project is null)
        {
            return null;
        }

        var township = await db.Townships.AsNoTracking().Where(t => t.Id == project.TownshipId).Select(t => t.Name).SingleAsync(ct);
        var community = await db.Communities.AsNoTracking().Where(c => c.Id == project.CommunityId).Select(c => c.Name).SingleAsync(ct);
        var unit = project.UnitId is { } unitId ? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct) : null;
        var requests = await db.Requests.AsNoTracking()
            .Include(r => r.Invoices).Include(r => r.Evidence).Include(r => r.History).AsSplitQuery()
            .Where(r => r.ProjectId == projectId && (townshipScope == null || r.TownshipId == townshipScope))
            .OrderBy(r => r.Id).ToListAsync(ct);
        var allocations = await (
                from a in db.PoolAllocations.AsNoTracking()
                join p in db.Pools on a.PoolId equals p.Id
                where a.ProjectId == projectId
                orderby a.Id
                select new AllocationRow(a.Id, a.AllocatedOn, a.Amount, p.Name, a.Purpose))
            .ToListAsync(ct);
        var notices = await (
                from n in db.IssuedNotices.AsNoTracking()
                join s in db.Settlements on n.SettlementId equals s.Id
                where n.CommunityId == project.CommunityId && n.Round == s.Round && (townshipScope == null || n.TownshipId == townshipScope)
                orderby n.Year, n.Sequence
                select new CommunityNotice(n.Id, n.Quarter, n.Number, n.FileName, n.Sha256))
            .ToListAsync(ct);
        var hashes = requests.SelectMany(Files).Select(f => f.Sha256).Distinct().ToList();
        var types = await db.StoredFiles.AsNoTracking().Where(f => hashes.Contains(f.Sha256)).ToDictionaryAsync(f => f.Sha256, f => f.ContentType, ct);
        return new ProjectFacts(project, township, community, unit, requests, allocations, notices, types);
    }

    /// <summary>The receipts under receipts/request-{id}/, then the community's notices under settlement/{quarter}/.</summary>
    public static IEnumerable<EvidenceItem> Items(ProjectFacts facts)
    {
        foreach (var request in facts.Requests)
        {
            var folder = string.Create(CultureInfo.InvariantCulture, $"receipts/request-{request.Id}");
            foreach (var file in Files(request))
            {
                var name = facts.ContentTypes.TryGetValue(file.Sha256, out var type) && type is FileKinds.Pdf or FileKinds.Jpeg or FileKinds.Png
                    ? FileNames.Clean(file.FileName, type)
                    : $"file-{file.Sha256[..12]}";
                yield return EvidenceItem.Stored(folder, name, EvidenceKinds.Receipt, file.Source, file.Sha256);
            }
        }

        foreach (var notice in facts.Notices)
        {
            yield return EvidenceItem.Stored(
                $"settlement/{notice.Quarter}", notice.FileName, EvidenceKinds.Notice,
                string.Create(CultureInfo.InvariantCulture, $"notice:{notice.Id} {notice.Number}"), notice.Sha256);
        }
    }

    /// <summary>The trail's records about the project, its budget lines, allocations and requests with their parts.</summary>
    public static IReadOnlyList<(string Type, IReadOnlyCollection<int> Ids)> AuditedEntities(ProjectFacts facts)
    {
        var p = facts.Project;
        var requests = facts.Requests;
        return
        [
            ("Project", [p.Id]), ("Project.Acceptance", [p.Id]),
            ("Objection", [.. p.Objections.Select(o => o.Id)]), ("Donation", [.. p.Donations.Select(d => d.Id)]),
            ("InKindContribution", [.. p.InKind.Select(c => c.Id)]), ("PoolAllocation", [.. facts.Allocations.Select(a => a.Id)]),
            ("DisbursementRequest", [.. requests.Select(r => r.Id)]),
            ("Invoice", [.. requests.SelectMany(r => r.Invoices).Select(i => i.Id)]),
            ("Invoice.File", [.. requests.SelectMany(r => r.Invoices).Select(i => i.Id)]),
            ("Evidence", [.. requests.SelectMany(r => r.Evidence).Select(e => e.Id)]),
            ("Evidence.File", [.. requests.SelectMany(r => r.Evidence).Select(e => e.Id)]),
            ("ReviewStep", [.. requests.SelectMany(r => r.History).Select(h => h.Id)]),
        ];
    }

    private sealed record RequestFile(string Sha256, string FileName, string Source);

    private static IEnumerable<RequestFile> Files(DisbursementRequest r)
    {
        var request = string.Create(CultureInfo.InvariantCulture, $"request:{r.Id}");
        foreach (var invoice in r.Invoices.OrderBy(i => i.Id))
        {
            var number = invoice.Code.Length == 0 ? invoice.Number : $"{invoice.Code}-{invoice.Number}";
            yield return new(invoice.File.Sha256, invoice.File.FileName, $"{request} invoice {number}");
        }

        foreach (var evidence in r.Evidence.OrderBy(e => e.Id))
        {
            yield return new(evidence.File.Sha256, evidence.File.FileName, $"{request} {evidence.Kind.ToString().ToLowerInvariant()}");
        }
    }
}
