namespace Grants.Reports.Workbooks;

/// <summary>
/// One printed line of the journal (日记账): a posting of one entry to one account. Amounts are yuan to the
/// fen; a line has exactly one non-negative side, as a double-entry posting does.
/// </summary>
public sealed record LedgerLine(
    long EntryId,
    DateOnly BookedOn,
    string Kind,
    string Description,
    string Account,
    decimal Debit,
    decimal Credit,
    string Source);

/// <summary>What the export covers, printed above the header row, e.g. ("城关镇资金日记账", "2026-01-01 至 2026-03-31").</summary>
public sealed record LedgerHeading(string Title, string Period);
