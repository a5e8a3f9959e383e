using Grants.Domain;

namespace Grants.Infrastructure.Ledger;

/// <summary>How much verify looked at.</summary>
public sealed record LedgerCounts(long Entries, long Lines, int Accounts, int Pools, int Projects, long Reversals);

/// <summary>The outcome of <see cref="LedgerVerifier"/>: what it checked, the journal's totals, and the first discrepancy if any.</summary>
public sealed record LedgerVerification(LedgerCounts Counts, Money TotalDebits, Money TotalCredits, LedgerDiscrepancy? Discrepancy)
{
    public bool IsOk => Discrepancy is null;
}

/// <summary>
/// The first thing found wrong, in words: a key of the UI text catalogue (Web/Resources/Ledger.tsv) and its arguments,
/// already formatted (ids, dates, amounts as ¥1,234.56), so the page and the CLI print it in either language.
/// </summary>
public sealed record LedgerDiscrepancy(string Key, IReadOnlyList<string> Args)
{
    public const string LineNotOneSided = "Ledger.Check.LineNotOneSided";
    public const string EntryTooFewLines = "Ledger.Check.EntryTooFewLines";
    public const string EntryUnbalanced = "Ledger.Check.EntryUnbalanced";
    public const string TotalsDiffer = "Ledger.Check.TotalsDiffer";
    public const string ReversalKind = "Ledger.Check.ReversalKind";
    public const string ReversalOrphan = "Ledger.Check.ReversalOrphan";
    public const string ReversalNotMirror = "Ledger.Check.ReversalNotMirror";
    public const string UnknownAccount = "Ledger.Check.UnknownAccount";
    public const string PoolAvailable = "Ledger.Check.PoolAvailable";
    public const string PoolNegative = "Ledger.Check.PoolNegative";
    public const string PoolReserved = "Ledger.Check.PoolReserved";
    public const string PoolReceipts = "Ledger.Check.PoolReceipts";
    public const string PoolAllocations = "Ledger.Check.PoolAllocations";
    public const string PoolCarriedIn = "Ledger.Check.PoolCarriedIn";
    public const string ProjectFunds = "Ledger.Check.ProjectFunds";
    public const string ProjectAllocations = "Ledger.Check.ProjectAllocations";
    public const string Source = "Ledger.Check.Source";
    public const string Donors = "Ledger.Check.Donors";
    public const string ProjectDisbursed = "Ledger.Check.ProjectDisbursed";
    public const string RequestAccount = "Ledger.Check.RequestAccount";
    public const string Residents = "Ledger.Check.Residents";
    public const string PoolAwardsPaid = "Ledger.Check.PoolAwardsPaid";
    public const string AwardPayable = "Ledger.Check.AwardPayable";

    public static IReadOnlyList<string> Keys { get; } =
    [
        LineNotOneSided, EntryTooFewLines, EntryUnbalanced, TotalsDiffer, ReversalKind, ReversalOrphan, ReversalNotMirror,
        UnknownAccount, PoolAvailable, PoolNegative, PoolReserved, PoolReceipts, PoolAllocations, PoolCarriedIn,
        ProjectFunds, ProjectAllocations, ProjectDisbursed, RequestAccount, Source, Donors, Residents, PoolAwardsPaid, AwardPayable,
    ];

    internal static LedgerDiscrepancy Of(string key, params object[] args) =>
        new(key, args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList());
}
