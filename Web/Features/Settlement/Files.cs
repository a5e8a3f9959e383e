using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Settlement;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

public sealed record CountyFileRow(int Id, int Round, string Name, long Size, DateTimeOffset CreatedAt);

public sealed record NoticeRow(int Id, int Round, string Number, NoticeKind Kind, string Community, string FileName, DateTimeOffset IssuedAt, bool ReplacesEarlier);

public sealed record TownshipNotices(int TownshipId, string Code, string Name, IReadOnlyList<NoticeRow> Notices);

/// <param name="CountyFiles">Null for a reader who may not see the county-wide files (a township accountant).</param>
public sealed record SettlementFilesPage(
    QuarterSettlement Settlement, SettlementProgress Progress, IReadOnlyList<CountyFileRow>? CountyFiles, IReadOnlyList<TownshipNotices> Townships)
{
    /// <summary>While the jobs are still paying or issuing, the page reloads itself.</summary>
    public bool InProgress => Settlement.Status is SettlementStatus.Confirmed or SettlementStatus.Paid;

    public int NoticeCount => Townships.Sum(t => t.Notices.Count);
}

/// <summary>
/// 结账文件: the quarter's files as the jobs make them, with their progress; every round's, the latest first. The
/// notices follow the township scope; the county files are only read for those who may see them.
/// </summary>
public sealed class SettlementFilesQuery(GrantsDbContext db)
{
    public async Task<SettlementFilesPage?> LoadAsync(int id, bool countyFiles, CancellationToken ct)
    {
        if (await db.Settlements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } settlement)
        {
            return null;
        }

        var progress = await SettlementProgress.ForAsync(db, id, ct);
        var files = countyFiles
            ? await db.SettlementFiles.AsNoTracking().Where(f => f.SettlementId == id)
                .OrderByDescending(f => f.Round).ThenBy(f => f.Id)
                .Select(f => new CountyFileRow(f.Id, f.Round, f.Name, f.Size, f.CreatedAt)).ToListAsync(ct)
            : null;
        var notices = await (
                from n in db.IssuedNotices.AsNoTracking()
                join c in db.Communities on n.CommunityId equals c.Id
                where n.SettlementId == id
                select new { n.TownshipId, Row = new NoticeRow(n.Id, n.Round, n.Number, n.Kind, c.Name, n.FileName, n.IssuedAt, n.ReplacesId != null) })
            .ToListAsync(ct);
        var byTownship = notices.ToLookup(n => n.TownshipId, n => n.Row);
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(ct);
        var grouped = townships
            .Select(t => new TownshipNotices(t.Id, t.Code, t.Name,
                [.. byTownship[t.Id].OrderByDescending(n => n.Round).ThenBy(n => n.FileName, StringComparer.Ordinal)]))
            .Where(t => t.Notices.Count > 0)
            .ToList();
        return new SettlementFilesPage(settlement, progress, files, grouped);
    }
}
