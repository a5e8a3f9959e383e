namespace Grants.Reports.Workbooks;

/// <summary>
/// One account of the account ledger (明细分类账) over a period: what its lines added up to before the period
/// (the opening balance) and within it. Amounts are yuan to the fen. The balance is read on the account's normal
/// side, as the trial balance reads it: debits less credits for a debit-normal account, the reverse otherwise.
/// </summary>
public sealed record AccountSummary(
    string Account,
    string Name,
    bool DebitNormal,
    decimal OpeningDebits,
    decimal OpeningCredits,
    decimal Debits,
    decimal Credits)
{
    public decimal Opening => Side(OpeningDebits, OpeningCredits);

    public decimal Closing => Opening + Side(Debits, Credits);

    /// <summary>Every debit up to the end of the period: the trial balance's debits at that cut-off.</summary>
    public decimal CumulativeDebits => OpeningDebits + Debits;

    public decimal CumulativeCredits => OpeningCredits + Credits;

    /// <summary>借 or 贷: the side the balance is read on.</summary>
    public string Direction => DebitNormal ? "借" : "贷";

    private decimal Side(decimal debits, decimal credits) => DebitNormal ? debits - credits : credits - debits;

    internal static void Check(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ModelCheck.Text(account.Account, "Account", 64);
        decimal[] sums = [account.OpeningDebits, account.OpeningCredits, account.Debits, account.Credits];
        if (sums.Any(s => s < 0 || decimal.Round(s, 2) != s))
        {
            throw new ReportModelException($"Account {account.Account} has a negative sum or one finer than the fen.");
        }
    }
}

/// <summary>One posting to an account within the period, in the order the ledger prints it.</summary>
public sealed record AccountMovement(
    string Account,
    long EntryId,
    DateOnly BookedOn,
    string Kind,
    string Description,
    decimal Debit,
    decimal Credit)
{
    internal static void Check(AccountMovement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        LedgerLine.Check(new LedgerLine(movement.EntryId, movement.BookedOn, movement.Kind, movement.Description, movement.Account, movement.Debit, movement.Credit, ""));
    }
}

/// <summary>
/// Follows each account through its movements and refuses a ledger that does not reconcile: movements of one account
/// must arrive together, and they must add up to the debits and credits its summary states. Shared by the workbook
/// and the PDF, so neither can print a closing balance its own lines do not reach.
/// </summary>
internal sealed class AccountReconciler(IReadOnlyList<AccountSummary> accounts)
{
    private readonly Dictionary<string, AccountSummary> byCode = Index(accounts);
    private readonly HashSet<string> done = new(StringComparer.Ordinal);
    private decimal debits;
    private decimal credits;

    public AccountSummary? Current { get; private set; }

    public decimal Balance { get; private set; }

    /// <summary>Takes the next movement; returns the account it opens when it is the first of its account.</summary>
    public AccountSummary? Take(AccountMovement movement)
    {
        AccountMovement.Check(movement);
        AccountSummary? opened = null;
        if (Current?.Account != movement.Account)
        {
            Close();
            if (!byCode.TryGetValue(movement.Account, out var account))
            {
                throw new ReportModelException($"A movement of entry {movement.EntryId} is on {movement.Account}, which has no summary.");
            }

            if (!done.Add(movement.Account))
            {
                throw new ReportModelException($"The movements of {movement.Account} do not arrive together.");
            }

            (Current, opened, Balance, debits, credits) = (account, account, account.Opening, 0, 0);
        }

        (debits, credits) = (debits + movement.Debit, credits + movement.Credit);
        Balance += Current!.DebitNormal ? movement.Debit - movement.Credit : movement.Credit - movement.Debit;
        return opened;
    }

    /// <summary>Ends the current account, checking its movements against its summary.</summary>
    public AccountSummary? Close()
    {
        var closed = Current;
        if (closed is not null && (debits != closed.Debits || credits != closed.Credits || Balance != closed.Closing))
        {
            throw new InvalidOperationException(
                $"{closed.Account} does not reconcile: its movements add up to {debits} / {credits}, its summary says {closed.Debits} / {closed.Credits}.");
        }

        Current = null;
        return closed;
    }

    /// <summary>After the last movement: every account that moved in the period must have shown its movements.</summary>
    public void Finish()
    {
        Close();
        if (byCode.Values.FirstOrDefault(a => (a.Debits != 0 || a.Credits != 0) && !done.Contains(a.Account)) is { } missing)
        {
            throw new InvalidOperationException($"{missing.Account} moved in the period ({missing.Debits} / {missing.Credits}) but no movement of it arrived.");
        }
    }

    private static Dictionary<string, AccountSummary> Index(IReadOnlyList<AccountSummary> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var index = new Dictionary<string, AccountSummary>(accounts.Count, StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            AccountSummary.Check(account);
            if (!index.TryAdd(account.Account, account))
            {
                throw new ReportModelException($"Account {account.Account} is summarised twice.");
            }
        }

        return index;
    }
}
