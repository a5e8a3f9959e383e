using System.Globalization;
using System.Text.Json;
using Grants.Domain.Audit;
using Grants.Infrastructure.Data;
using Grants.Reports.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// The audit trail's records of some entities — a project and its parts, a settlement — read by the trail's own
/// (EntityType, EntityId) index, in chain order. The records are read, never verified here: `./grants verify` and the
/// audit page prove the chain, and the pack prints each record's sequence number so it can be checked there.
/// </summary>
internal static class AuditExcerpt
{
    // Well below SQLite's and PostgreSQL's limits on the parameters of one statement.
    private const int IdsPerQuery = 500;

    /// <summary>The records about any of the entities: each type (as the trail names it) with the ids of that type.</summary>
    public static async Task<IReadOnlyList<AuditRecord>> ReadAsync(
        GrantsDbContext db, IReadOnlyList<(string Type, IReadOnlyCollection<int> Ids)> entities, CancellationToken ct)
    {
        var records = new List<AuditRecord>();
        foreach (var (type, ids) in entities)
        {
            foreach (var chunk in ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).Chunk(IdsPerQuery))
            {
                records.AddRange(await db.AuditRecords.AsNoTracking()
                    .Where(r => r.EntityType == type && chunk.Contains(r.EntityId!))
                    .ToListAsync(ct));
            }
        }

        return [.. records.DistinctBy(r => r.Sequence).OrderBy(r => r.Sequence)];
    }

    public static TrailAuditRecord ToTrail(AuditRecord record, Func<string, string, string> entity) => new(
        record.Sequence, record.At, record.Actor, record.Address, EvidenceText.AuditAction(record.Action),
        entity(record.EntityType ?? "", record.EntityId ?? ""), record.Operation, Changed(record));

    /// <summary>The names of the values a modification changed, the concurrency counter left out.</summary>
    private static string? Changed(AuditRecord record)
    {
        if (record.Action != AuditActions.Modified || record.Changes is null)
        {
            return null;
        }

        using var changes = JsonDocument.Parse(record.Changes);
        var names = changes.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "Version").ToList();
        var text = string.Join("、", names);
        return text.Length == 0 ? null : text.Length <= 300 ? text : text[..299] + "…";
    }
}
