using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

public sealed record DownloadFile(string Sha256, string ContentType, string FileName);

/// <summary>A stored file and the name it has in a zip.</summary>
public sealed record ZippedFile(string Sha256, string Name);

/// <summary>What the quarter's zip holds: this round's county files (for those who may see them) and notices.</summary>
public sealed record SettlementZip(Quarter Quarter, int Round, IReadOnlyList<ZippedFile> Files)
{
    public string FileName => Round == 1 ? $"季度结账-{Quarter}.zip" : $"季度结账-{Quarter}-第{Round}轮.zip";
}

/// <summary>
/// The settlement's files as downloads. A notice is found through the township-scoped notices, so an accountant who
/// names another township's notice by its id finds nothing; the county files are not scoped, so the caller decides
/// who may have them.
/// </summary>
public sealed class SettlementDownloadQuery(GrantsDbContext db)
{
    public Task<DownloadFile?> NoticeAsync(int noticeId, CancellationToken ct) => (
            from n in db.IssuedNotices.AsNoTracking()
            join f in db.StoredFiles on n.Sha256 equals f.Sha256
            where n.Id == noticeId
            select new DownloadFile(f.Sha256, f.ContentType, n.FileName))
        .SingleOrDefaultAsync(ct);

    public Task<DownloadFile?> CountyFileAsync(int fileId, CancellationToken ct) => (
            from s in db.SettlementFiles.AsNoTracking()
            join f in db.StoredFiles on s.Sha256 equals f.Sha256
            where s.Id == fileId
            select new DownloadFile(f.Sha256, f.ContentType, s.Name))
        .SingleOrDefaultAsync(ct);

    public async Task<SettlementZip?> ZipAsync(int settlementId, bool countyFiles, CancellationToken ct)
    {
        var settlement = await db.Settlements.AsNoTracking().Where(s => s.Id == settlementId).Select(s => new { s.Quarter, s.Round }).SingleOrDefaultAsync(ct);
        if (settlement is null)
        {
            return null;
        }

        var files = countyFiles
            ? await db.SettlementFiles.AsNoTracking().Where(f => f.SettlementId == settlementId && f.Round == settlement.Round).OrderBy(f => f.Id)
                .Select(f => new ZippedFile(f.Sha256, f.Name)).ToListAsync(ct)
            : [];
        var notices = await db.IssuedNotices.AsNoTracking().Where(n => n.SettlementId == settlementId && n.Round == settlement.Round)
            .OrderBy(n => n.TownshipId).ThenBy(n => n.FileName).Select(n => new ZippedFile(n.Sha256, n.FileName)).ToListAsync(ct);
        return new SettlementZip(settlement.Quarter, settlement.Round, [.. files, .. notices]);
    }
}
