using Grants.Domain.Audit;

namespace Grants.Domain.Tests.Audit;

/// <summary>The hash that chains the audit trail: the documented encoding, every field in it, and nothing ambiguous.</summary>
public sealed class AuditHashTests
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 3, 2, 1, 2, 3, TimeSpan.Zero).AddTicks(4_567_890);

    private static readonly AuditEvent Receipt = new(
        "clerk", "10.1.2.3", "POST /pools/receipt/4", AuditActions.Added, "PoolReceipt", "12",
        """{"Id":12,"Amount":1234.56,"DocumentNumber":"鄂财农发〔2026〕12号"}""");

    [Fact]
    public void The_hash_is_sha256_of_the_documented_encoding()
    {
        // Computed independently (Python hashlib) from the encoding in AuditHash's summary.
        Assert.Equal("0a75cc485de554153bdf617efec50e2fd432a42cec5605e127c465b88689e5c3", AuditHash.Compute(7, At, Receipt, AuditHash.Genesis));
        Assert.Equal("e5074f5e7db252e2baf127d7eb66dcd15381e242e3e55013822d122fc5d5e7a1", AuditHash.Compute(7, At, Receipt with { Address = null }, AuditHash.Genesis));
    }

    [Fact]
    public void Changing_any_field_changes_the_hash()
    {
        var original = AuditHash.Compute(7, At, Receipt, AuditHash.Genesis);

        string[] altered =
        [
            AuditHash.Compute(8, At, Receipt, AuditHash.Genesis),
            AuditHash.Compute(7, At.AddTicks(10), Receipt, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { Actor = "approver" }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { Address = "10.1.2.4" }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { Operation = "POST /pools/receipt/5" }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { Action = AuditActions.Deleted }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { EntityType = "PoolAllocation" }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { EntityId = "13" }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt with { Changes = Receipt.Changes!.Replace("1234.56", "1234.57", StringComparison.Ordinal) }, AuditHash.Genesis),
            AuditHash.Compute(7, At, Receipt, new string('1', 64)),
        ];

        Assert.DoesNotContain(original, altered);
        Assert.Equal(altered.Length, altered.Distinct().Count());
    }

    [Fact]
    public void Null_and_empty_and_moved_field_boundaries_hash_differently()
    {
        var withNull = AuditHash.Compute(1, At, Receipt with { Address = null }, AuditHash.Genesis);
        var withEmpty = AuditHash.Compute(1, At, Receipt with { Address = "" }, AuditHash.Genesis);
        var split = AuditHash.Compute(1, At, Receipt with { EntityType = "PoolReceipt1", EntityId = "2" }, AuditHash.Genesis);
        var joined = AuditHash.Compute(1, At, Receipt with { EntityType = "PoolReceipt", EntityId = "12" }, AuditHash.Genesis);

        Assert.NotEqual(withNull, withEmpty);
        Assert.NotEqual(split, joined);
    }

    [Fact]
    public void Time_counts_to_the_microsecond_whatever_the_offset_it_is_written_in()
    {
        var utc = AuditHash.Compute(1, At, Receipt, AuditHash.Genesis);

        Assert.Equal(utc, AuditHash.Compute(1, At.AddTicks(5), Receipt, AuditHash.Genesis));
        Assert.Equal(utc, AuditHash.Compute(1, At.ToOffset(TimeSpan.FromHours(8)), Receipt, AuditHash.Genesis));
        Assert.NotEqual(utc, AuditHash.Compute(1, At.AddTicks(TimeSpan.TicksPerMicrosecond), Receipt, AuditHash.Genesis));
        Assert.Equal("2026-03-02T01:02:03.456789Z", AuditHash.Format(At.ToOffset(TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Sealed_records_chain_each_to_the_one_before_and_match_their_hash()
    {
        var first = AuditRecord.Seal(1, At, Receipt, AuditHash.Genesis);
        var second = AuditRecord.Seal(2, At, Receipt with { EntityId = "13" }, first.Hash);

        Assert.Equal(new string('0', 64), first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", second.Hash);
        Assert.True(first.MatchesHash());
        Assert.True(second.MatchesHash());
        Assert.Equal(AuditHash.Truncate(At), first.At);
    }
}
