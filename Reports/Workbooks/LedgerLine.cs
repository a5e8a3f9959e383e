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
    string Source)
{
    /// <summary>Refuses a line no journal can hold, naming its entry and account.</summary>
    internal static void Check(LedgerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string? problem = (line.Debit, line.Credit) switch
        {
            ( < 0, _) or (_, < 0) => "has a negative amount",
            (not 0, not 0) => "has both a debit and a credit",
            (0, 0) => "has no amount",
            _ when decimal.Round(line.Debit + line.Credit, 2) != line.Debit + line.Credit => "has an amount finer than the fen",
            _ => null,
        };
        if (problem is not null)
        {
            throw new ArgumentException(
                $"Ledger line of entry {line.EntryId} ({line.Account}) {problem}: debit {line.Debit}, credit {line.Credit}.", nameof(line));
        }
    }
}

/// <summary>What the export covers, printed above the header row, e.g. ("城关镇资金日记账", "2026-01-01 至 2026-03-31").</summary>
public sealed record LedgerHeading(string Title, string Period);
