using System.Data.Common;
using Grants.Domain.Audit;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grants.Infrastructure.Audit;

/// <summary>
/// Proves the audit trail and, through it, the journal. The chain: read in Sequence order, streamed with a plain data
/// reader (millions of records in bounded memory, at the speed of the read and the hashing), each record must follow
/// the one before with no gap, carry its hash, and match its hash. Then every journal entry and line must be exactly
/// what the record that added it says (see <see cref="JournalAgainstTrail"/>). Stops at the first break and names it.
/// </summary>
public sealed class AuditVerifier(GrantsDbContext db)
{
    private const int ProgressEvery = 500_000;

    public async Task<AuditVerification> VerifyAsync(AuditAnchor? anchor = null, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        progress?.Report("reading the audit trail");
        var chain = new Chain(anchor);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT {AuditTable.Columns} FROM "AuditRecords" ORDER BY "Sequence" """;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (chain.Broken is null && await reader.ReadAsync(ct))
            {
                chain.Add(reader);
                if (chain.Count % ProgressEvery == 0)
                {
                    progress?.Report($"checked {chain.Count:N0} audit records");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var broken = chain.End();
        long journalRows = 0;
        if (broken is null)
        {
            progress?.Report("checking the journal against the records that added it");
            (journalRows, broken) = await new JournalAgainstTrail(db).CheckAsync(JournalMark.Parse(chain.GenesisChanges), ct);
        }

        return new AuditVerification(chain.Count, journalRows, chain.Count, chain.Previous, broken);
    }

    /// <summary>The walk along the records: what the next one must be, and the first that is not.</summary>
    private sealed class Chain(AuditAnchor? anchor)
    {
        private bool genesisUnsealed;
        private string? anchorHash;

        public long Count { get; private set; }

        public string Previous { get; private set; } = AuditHash.Genesis;

        public string? GenesisChanges { get; private set; }

        public AuditDiscrepancy? Broken { get; private set; }

        public void Add(DbDataReader reader)
        {
            Count++;
            var sequence = reader.GetInt64(0);
            var at = AuditTable.ReadTime(reader, 1);
            var audited = new AuditEvent(reader.GetString(2), Text(reader, 3), reader.GetString(4), reader.GetString(5), Text(reader, 6), Text(reader, 7), Text(reader, 8));
            var previousHash = reader.GetString(9);
            var hash = reader.GetString(10);
            Broken = Check(sequence, at, audited, previousHash, hash);
            if (Broken is not null)
            {
                return;
            }

            // The migration leaves the genesis unsealed until the first commit after it; only then, and only alone, may it be.
            genesisUnsealed = sequence == 1 && hash.Length == 0;
            Previous = genesisUnsealed ? AuditHash.Compute(sequence, at, audited, previousHash) : hash;
            GenesisChanges ??= audited.Changes;
            anchorHash = sequence == anchor?.Sequence ? hash : anchorHash;
        }

        public AuditDiscrepancy? End()
        {
            if (Broken is not null || Count == 0)
            {
                return Broken ?? AuditDiscrepancy.Of(AuditDiscrepancy.Empty, 1);
            }

            return anchor is null ? null
                : anchorHash is null ? AuditDiscrepancy.Of(AuditDiscrepancy.AnchorMissing, anchor.Sequence, anchor.Sequence, Count)
                : anchorHash != anchor.Hash ? AuditDiscrepancy.Of(AuditDiscrepancy.AnchorDiffers, anchor.Sequence, anchor.Sequence)
                : null;
        }

        private AuditDiscrepancy? Check(long sequence, DateTimeOffset at, AuditEvent audited, string previousHash, string hash)
        {
            if (Count == 2 && genesisUnsealed)
            {
                return AuditDiscrepancy.Of(AuditDiscrepancy.Hash, 1, 1);
            }

            if (sequence != Count)
            {
                return AuditDiscrepancy.Of(AuditDiscrepancy.Gap, Count, Count, Count - 1, sequence);
            }

            if (sequence == 1 && audited.Action != AuditActions.TrailStarted)
            {
                return AuditDiscrepancy.Of(AuditDiscrepancy.NotGenesis, 1);
            }

            if (previousHash != Previous)
            {
                return AuditDiscrepancy.Of(AuditDiscrepancy.Link, sequence, sequence, sequence - 1);
            }

            var unsealedGenesis = sequence == 1 && hash.Length == 0;
            return unsealedGenesis || hash == AuditHash.Compute(sequence, at, audited, previousHash)
                ? null
                : AuditDiscrepancy.Of(AuditDiscrepancy.Hash, sequence, sequence);
        }

        private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
