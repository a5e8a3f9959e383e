namespace Grants.Domain.Ledger;

/// <summary>One side of a posting: a debit or a credit to one account, never both.</summary>
public sealed class JournalLine
{
    private JournalLine() { }

    public JournalLine(LedgerAccount account, Money debit, Money credit)
    {
        if (debit.IsNegative || credit.IsNegative || debit.IsPositive == credit.IsPositive)
        {
            throw new DomainRuleException("Rule.JournalLineOneSided");
        }

        Account = account.Code;
        Debit = debit;
        Credit = credit;
    }

    private JournalLine(string account, Money debit, Money credit)
    {
        Account = account;
        Debit = debit;
        Credit = credit;
    }

    public long Id { get; private set; }

    public long EntryId { get; private set; }

    /// <summary>The account's code (see <see cref="LedgerAccount"/>); accounts come into being with their first line.</summary>
    public string Account { get; private set; } = "";

    public Money Debit { get; private set; }

    public Money Credit { get; private set; }

    public static JournalLine Debiting(LedgerAccount account, Money amount) => new(account, amount, Money.Zero);

    public static JournalLine Crediting(LedgerAccount account, Money amount) => new(account, Money.Zero, amount);

    internal static JournalLine Swapped(JournalLine line) => new(line.Account, line.Credit, line.Debit);
}
