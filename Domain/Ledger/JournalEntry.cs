
namespace Grants.Domain.Ledger;

/// <summary>
/// One balanced posting in the append-only journal: debits equal credits, every line one-sided and positive.
/// Entries are never edited or deleted; a correction is a new entry that reverses an earlier one.
/// </summary>
public sealed class JournalEntry
{
    private readonly List<JournalLine> lines = [];

    private JournalEntry() { }

    private JournalEntry(JournalKind kind, DateOnly bookedOn, string description, string source, DateTimeOffset postedAt, string postedBy, long? reverses)
    {
        Kind = kind;
        BookedOn = bookedOn;
        Description = description;
        Source = source;
        PostedAt = postedAt;
        PostedBy = postedBy;
        ReversesEntryId = reverses;
    }

    public long Id { get; private set; }

    public JournalKind Kind { get; private set; }

    /// <summary>The accounting date (the receipt's or document's date), which fixes the fiscal year.</summary>
    public DateOnly BookedOn { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>What caused the entry, e.g. "pool-receipt:42", so every line leads back to its business record.</summary>
    public string Source { get; private set; } = "";

    public DateTimeOffset PostedAt { get; private set; }

    public string PostedBy { get; private set; } = "";

    public long? ReversesEntryId { get; private set; }

    public IReadOnlyList<JournalLine> Lines => lines.AsReadOnly();

    public Money Total => lines.Total(l => l.Debit);

    public static JournalEntry Post(
        JournalKind kind, DateOnly bookedOn, string description, string source, DateTimeOffset postedAt, string postedBy,
        params IReadOnlyList<JournalLine> lines)
    {
        if (lines.Count < 2)
        {
            throw new DomainRuleException("Rule.JournalNeedsTwoLines");
        }

        var debits = lines.Total(l => l.Debit);
        var credits = lines.Total(l => l.Credit);
        if (debits != credits || debits.IsZero)
        {
            throw new DomainRuleException("Rule.JournalUnbalanced", debits.ToString(), credits.ToString());
        }

        var entry = new JournalEntry(kind, bookedOn, description, source, postedAt, postedBy, reverses: null);
        entry.lines.AddRange(lines);
        return entry;
    }

    /// <summary>The correcting entry: the same lines with debit and credit swapped.</summary>
    public JournalEntry Reverse(string reason, DateOnly bookedOn, DateTimeOffset postedAt, string postedBy)
    {
        if (Id == 0)
        {
            throw new InvalidOperationException("Only a saved entry can be reversed.");
        }

        var reversal = new JournalEntry(JournalKind.Reversal, bookedOn, reason, $"reversal:{Id}", postedAt, postedBy, Id);
        reversal.lines.AddRange(lines.Select(JournalLine.Swapped));
        return reversal;
    }
}

public enum JournalKind
{
    PoolReceipt = 1,   // 资金到账
    Allocation = 2,    // 分配到项目
    Reservation = 3,   // 预留季度奖励
    CarryForward = 4,  // 结转结余
    Donation = 5,      // 社会捐赠
    SelfFunding = 6,   // 群众自筹
    DisbursementApproved = 7, // 报账审核通过
    Payment = 8,       // 支付
    Reversal = 9,      // 冲销
    AwardPayout = 10,  // 季度奖励拨付
}
