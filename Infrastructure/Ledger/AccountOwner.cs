using System.Globalization;
using Grants.Domain.Ledger;

namespace Grants.Infrastructure.Ledger;

public enum AccountKind
{
    Unknown,
    PoolAvailable,
    PoolReserved,
    ProjectFunds,
    Source,
    Donors,
    Residents,
    RequestPayable,
    RequestPaid,
    AwardPayable,
}

/// <summary>
/// What an account code belongs to, read back from the code. Strict: a code counts only if the domain's own
/// <see cref="LedgerAccount"/> factory writes exactly that code again, so "pool:01:available" is unknown.
/// </summary>
public readonly record struct AccountOwner(AccountKind Kind, int Id, FundingLevel Level, int Year)
{
    /// <summary>Where money came from (credit-normal): a budget level, donors or residents.</summary>
    public bool IsSource => Kind is AccountKind.Source or AccountKind.Donors or AccountKind.Residents;

    private static readonly AccountOwner Unknown = new(AccountKind.Unknown, 0, default, 0);

    public static AccountOwner Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parts = code.Split(':');
        if (parts.Length != 3)
        {
            return Unknown;
        }

        var owner = (parts[0], parts[2]) switch
        {
            ("pool", "available") when Number(parts[1]) is { } id => new AccountOwner(AccountKind.PoolAvailable, id, default, 0),
            ("pool", "reserved") when Number(parts[1]) is { } id => new AccountOwner(AccountKind.PoolReserved, id, default, 0),
            ("project", "funds") when Number(parts[1]) is { } id => new AccountOwner(AccountKind.ProjectFunds, id, default, 0),
            ("request", "payable") when Number(parts[1]) is { } id => new AccountOwner(AccountKind.RequestPayable, id, default, 0),
            ("request", "paid") when Number(parts[1]) is { } id => new AccountOwner(AccountKind.RequestPaid, id, default, 0),
            ("award", "payable") when Number(parts[1]) is { } id => new AccountOwner(AccountKind.AwardPayable, id, default, 0),
            ("source", _) when parts[1] == "donors" && Number(parts[2]) is { } year => new AccountOwner(AccountKind.Donors, 0, default, year),
            ("source", _) when parts[1] == "residents" && Number(parts[2]) is { } year => new AccountOwner(AccountKind.Residents, 0, default, year),
            ("source", _) when Enum.TryParse<FundingLevel>(parts[1], true, out var level) && Enum.IsDefined(level) && Number(parts[2]) is { } year
                => new AccountOwner(AccountKind.Source, 0, level, year),
            _ => Unknown,
        };
        return owner.Kind != AccountKind.Unknown && owner.Account.Code == code ? owner : Unknown;
    }

    public LedgerAccount Account => Kind switch
    {
        AccountKind.PoolAvailable => LedgerAccount.PoolAvailable(Id),
        AccountKind.PoolReserved => LedgerAccount.PoolReserved(Id),
        AccountKind.ProjectFunds => LedgerAccount.ProjectFunds(Id),
        AccountKind.RequestPayable => LedgerAccount.RequestPayable(Id),
        AccountKind.RequestPaid => LedgerAccount.RequestPaid(Id),
        AccountKind.AwardPayable => LedgerAccount.AwardPayable(Id),
        AccountKind.Source => LedgerAccount.Source(Level, Year),
        AccountKind.Donors => LedgerAccount.Donors(Year),
        AccountKind.Residents => LedgerAccount.Residents(Year),
        _ => throw new InvalidOperationException("An unknown account has no code of its own."),
    };

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
