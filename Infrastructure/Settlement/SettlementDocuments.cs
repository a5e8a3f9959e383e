using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// Issues a paid settlement's notices, one township at a time: reads which notices of this round exist, renders only
/// the missing ones, stores each PDF in the file store and then records them all in one short transaction — so a re-run
/// or a second worker issues nothing twice. The unique index on (quarter, community, kind, round) settles a race: the
/// loser's rows roll back and the township is read again. A later round's notice names the earlier one it replaces.
/// </summary>
public sealed class SettlementDocuments(GrantsDbContext db, FileStore files, DocumentSettings documents, TimeProvider clock)
{
    public Task<int> IssueTownshipAsync(int settlementId, int townshipId, CancellationToken ct) =>
        RetriedAsync(async () => await IssueAsync(await SettlementFacts.LoadAsync(db, settlementId, townshipId, ct), ct));

    /// <summary>
    /// One township of a run that read the county's facts once, up front (<see cref="SettlementRun.IssueAllAsync"/>):
    /// the commit checks the settlement is still in the round those facts are of.
    /// </summary>
    internal Task<int> IssueTownshipAsync(SettlementFacts county, int townshipId, CancellationToken ct) =>
        RetriedAsync(() => IssueAsync(county.Of(townshipId), ct));

    private async Task<int> RetriedAsync(Func<Task<int>> issue)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await issue();
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) && attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> IssueAsync(SettlementFacts facts, CancellationToken ct)
    {
        var settlement = facts.Settlement;
        if (settlement.Status is not (SettlementStatus.Paid or SettlementStatus.Issued))
        {
            return 0;
        }

        // The settlement's own notices (one settlement per quarter), by the (settlement, township) index.
        var issued = await db.IssuedNotices.AsNoTracking()
            .Where(n => n.SettlementId == settlement.Id && n.TownshipId == facts.TownshipId)
            .Select(n => new { n.Id, n.CommunityId, n.Kind, n.Round, n.Number }).ToListAsync(ct);
        var done = issued.Where(n => n.Round == settlement.Round).Select(n => (n.CommunityId, n.Kind)).ToHashSet();
        var notices = new SettlementNotices(facts, documents, ChinaTime.DateOf(settlement.ConfirmedAt!.Value));
        var now = clock.GetUtcNow();

        // Files first, so a crash leaves at most an unreferenced file, never a notice without its file.
        var rendered = new List<(byte[] Pdf, Func<string, IssuedNotice> Notice)>();
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
                var number = $"{documents.Issuer.NumberPrefix}〔{settlement.Quarter.Year}〕{sequence}号";
                var name = SettlementNotices.FileName(kind, facts.TownshipOf(line), facts.CommunityOf(line), sequence);
                rendered.Add((pdf, sha256 => new IssuedNotice(settlement, line, kind, sequence, number, sha256, name, now, earlier?.Id)));
            }
        }

        // Our own PDFs: the upload checks (reading them back for scripts) would only cost time.
        var blobs = rendered.Count == 0 ? [] : files.SaveGenerated([.. rendered.Select(r => r.Pdf)], FileKinds.Pdf);
        var stored = blobs.Select((blob, i) => (Blob: blob, Notice: (Func<IssuedNotice>)(() => rendered[i].Notice(blob.Sha256)))).ToList();

        if (stored.Count == 0)
        {
            return 0;
        }

        // One commit for the township's rows; on SQLite the writers of this process queue here instead of busy-waiting.
        return await db.InMovementAsync(async token =>
        {
            if (!await HoldRoundAsync(settlement, token))
            {
                return 0; // re-opened since the facts were read: the files stay unreferenced, as after a crash
            }

            await db.RecordAllAsync(stored.Select(s => s.Blob), now, "settlement", token);

            db.IssuedNotices.AddRange(stored.Select(s => s.Notice())); // new rows on every attempt
            await db.SaveChangesAsync(token);
            return stored.Count;
        }, ct);
    }

    /// <summary>
    /// Holds the settlement for the rest of the transaction if it is still issuing the facts' round, so a re-opening
    /// waits for this commit and a commit after a re-opening records nothing.
    /// </summary>
    private async Task<bool> HoldRoundAsync(QuarterSettlement settlement, CancellationToken ct)
    {
        var (id, round, paid, issued) = (settlement.Id, settlement.Round, (int)SettlementStatus.Paid, (int)SettlementStatus.Issued);
        if (db.Database.IsSqlite())
        {
            // The movement began IMMEDIATE and holds SQLite's one write lock already: nobody re-opens until it commits.
            return await db.Settlements.AnyAsync(
                s => s.Id == id && s.Round == round && (s.Status == SettlementStatus.Paid || s.Status == SettlementStatus.Issued), ct);
        }

        // A share lock: the townships commit side by side, and a re-opening's update waits for all of them.
        return (await db.Database.SqlQuery<int>($"""
            SELECT "Round" AS "Value" FROM "Settlements" WHERE "Id" = {id} AND "Round" = {round} AND "Status" IN ({paid}, {issued}) FOR SHARE
            """).ToListAsync(ct)).Count == 1;
    }
}
