using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// Issues a paid settlement's notices, one township at a time: reads which notices of this round exist, renders only
/// the missing ones, stores each PDF in the file store and records it — so a re-run or a second worker issues nothing
/// twice. The unique index on (quarter, community, kind, round) settles a race: the loser's rows roll back and the
/// township is read again. A later round's notice names the earlier one it replaces.
/// </summary>
public sealed class SettlementDocuments(GrantsDbContext db, FileStore files, DocumentSettings documents, TimeProvider clock)
{
    public async Task<int> IssueTownshipAsync(int settlementId, int townshipId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IssueAsync(settlementId, townshipId, ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) && attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> IssueAsync(int settlementId, int townshipId, CancellationToken ct)
    {
        var facts = await SettlementFacts.LoadAsync(db, settlementId, townshipId, ct);
        var settlement = facts.Settlement;
        if (settlement.Status is not (SettlementStatus.Paid or SettlementStatus.Issued))
        {
            return 0;
        }

        var issued = await db.IssuedNotices.AsNoTracking()
            .Where(n => n.Quarter == settlement.Quarter && n.TownshipId == townshipId)
            .Select(n => new { n.Id, n.CommunityId, n.Kind, n.Round, n.Number }).ToListAsync(ct);
        var done = issued.Where(n => n.Round == settlement.Round).Select(n => (n.CommunityId, n.Kind)).ToHashSet();
        var notices = new SettlementNotices(facts, documents, ChinaTime.DateOf(settlement.ConfirmedAt!.Value));
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var line in facts.Lines)
        {
            foreach (var (kind, i) in line.Notices().Select((k, i) => (k, i)))
            {
                if (done.Contains((line.CommunityId, kind)))
                {
                    continue;
                }

                var sequence = line.NoticeSequence + i;
                var earlier = issued.Where(n => n.CommunityId == line.CommunityId && n.Kind == kind && n.Round < settlement.Round).MaxBy(n => n.Round);
                var pdf = notices.Render(line, kind, sequence, earlier?.Number);
                var blob = await files.SaveAsync(new MemoryStream(pdf, writable: false), ct);
                await db.RecordAsync(blob, now, "settlement", ct);
                var number = $"{documents.Issuer.NumberPrefix}〔{settlement.Quarter.Year}〕{sequence}号";
                var name = SettlementNotices.FileName(kind, facts.TownshipOf(line), facts.CommunityOf(line), sequence);
                db.IssuedNotices.Add(new IssuedNotice(settlement, line, kind, number, blob.Sha256, name, now, earlier?.Id));
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
