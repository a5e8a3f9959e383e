using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>A document of the settlement's latest round, as the pack lists it.</summary>
internal sealed record SettlementDocument(string Folder, string Name, string Kind, string Source, string Sha256);

/// <summary>Everything a quarter's pack is made of, read in one snapshot.</summary>
internal sealed record QuarterFacts(QuarterSettlement Settlement, string AwardPool, Money Awarded, int Communities, IReadOnlyList<SettlementDocument> Documents);

/// <summary>
/// Reads a quarter's settlement for its evidence pack: the settlement, what its latest round awarded, and that round's
/// documents — the notices, and the county-wide files (summary PDF, workbook, payment list) when asked for. A township
/// accountant gets their township's notices and awards only.
/// </summary>
internal sealed class QuarterEvidence(GrantsDbContext db, int? townshipScope)
{
    public const string Folder = "settlement";

    public async Task<QuarterFacts?> LoadAsync(Quarter quarter, bool countyFiles, CancellationToken ct)
    {
        var settlement = await db.Settlements.AsNoTracking().SingleOrDefaultAsync(s => s.Quarter == quarter, ct);
        if (settlement is null)
        {
            return null;
        }

        var (id, round) = (settlement.Id, settlement.Round);
        var pool = await db.Pools.AsNoTracking().Where(p => p.Id == settlement.AwardPoolId).Select(p => p.Name).SingleOrDefaultAsync(ct);
        var awards = await db.AwardPayouts.AsNoTracking()
            .Where(p => p.SettlementId == id && p.Round == round && p.ReversedAt == null && (townshipScope == null || p.TownshipId == townshipScope))
            .Select(p => p.Amount).ToListAsync(ct);
        var communities = await db.SettlementLines.AsNoTracking()
            .CountAsync(l => l.SettlementId == id && (townshipScope == null || l.TownshipId == townshipScope), ct);

        var documents = new List<SettlementDocument>();
        if (countyFiles && townshipScope is null)
        {
            documents.AddRange(await db.SettlementFiles.AsNoTracking().Where(f => f.SettlementId == id && f.Round == round).OrderBy(f => f.Id)
                .Select(f => new SettlementDocument(Folder, f.Name, EvidenceKinds.SettlementFile, "settlement-file:" + f.Id.ToString(), f.Sha256))
                .ToListAsync(ct));
        }

        var notices = await db.IssuedNotices.AsNoTracking()
            .Where(n => n.SettlementId == id && n.Round == round && (townshipScope == null || n.TownshipId == townshipScope))
            .OrderBy(n => n.Sequence).ThenBy(n => n.Id)
            .Select(n => new { n.Id, n.Number, n.FileName, n.Sha256 }).ToListAsync(ct);
        documents.AddRange(notices.Select(n => new SettlementDocument(
            $"{Folder}/notices", n.FileName, EvidenceKinds.Notice, string.Create(CultureInfo.InvariantCulture, $"notice:{n.Id} {n.Number}"), n.Sha256)));
        return new QuarterFacts(settlement, pool ?? "", awards.Aggregate(Money.Zero, (a, b) => a + b), communities, documents);
    }

    public static IEnumerable<EvidenceItem> Items(QuarterFacts facts) =>
        facts.Documents.Select(d => EvidenceItem.Stored(d.Folder, d.Name, d.Kind, d.Source, d.Sha256));
}
