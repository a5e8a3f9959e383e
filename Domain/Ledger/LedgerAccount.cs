using System.Globalization;

namespace Grants.Domain.Ledger;

/// <summary>
/// An account of the journal, named by a stable code. Accounts exist per pool, project, source and payee as the
/// postings need them; the code says what the account belongs to, so a trial balance reads without a lookup table.
/// Debit-normal: a pool's money and a project's funds. Credit-normal: the sources money came from.
/// </summary>
public readonly record struct LedgerAccount(string Code)
{
    /// <summary>Money in a pool that is free to allocate (资金池可用).</summary>
    public static LedgerAccount PoolAvailable(int poolId) => new(Format("pool", poolId, "available"));

    /// <summary>Money in a pool set aside for the quarterly awards (预留奖励).</summary>
    public static LedgerAccount PoolReserved(int poolId) => new(Format("pool", poolId, "reserved"));

    /// <summary>A project's cash from every source — integrated funds, donations, residents' cash — not yet paid (项目资金).</summary>
    public static LedgerAccount ProjectFunds(int projectId) => new(Format("project", projectId, "funds"));

    /// <summary>Where received money came from: a budget level (省/市/县/部门) in a fiscal year.</summary>
    public static LedgerAccount Source(FundingLevel level, int fiscalYear) =>
        new($"source:{level.ToString().ToLowerInvariant()}:{fiscalYear.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Approved for payment to the request's payee and not yet paid (应付).</summary>
    public static LedgerAccount RequestPayable(int requestId) => new(Format("request", requestId, "payable"));

    /// <summary>Paid out to the request's payee: money that has left the project (已支付).</summary>
    public static LedgerAccount RequestPaid(int requestId) => new(Format("request", requestId, "paid"));

    /// <summary>A quarterly award owed to a community's committee (应付奖励), credited from the award pool's reserve.</summary>
    public static LedgerAccount AwardPayable(int payoutId) => new(Format("award", payoutId, "payable"));

    /// <summary>Where social donations (社会捐赠) came from, by the year they were given.</summary>
    public static LedgerAccount Donors(int year) => new($"source:donors:{year.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Where the residents' own cash (群众自筹) came from, by the year it was recorded.</summary>
    public static LedgerAccount Residents(int year) => new($"source:residents:{year.ToString(CultureInfo.InvariantCulture)}");

    public bool IsDebitNormal => !Code.StartsWith("source:", StringComparison.Ordinal);

    public override string ToString() => Code;

    private static string Format(string owner, int id, string part) =>
        $"{owner}:{id.ToString(CultureInfo.InvariantCulture)}:{part}";
}

/// <summary>The budget level a pool receipt comes from.</summary>
public enum FundingLevel
{
    Province = 1,   // 省级
    City = 2,       // 市级
    County = 3,     // 县级
    Department = 4, // 部门
}
