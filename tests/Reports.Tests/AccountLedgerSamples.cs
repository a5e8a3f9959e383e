using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>
/// A small balanced journal and, computed here independently of the writer, its account ledger from 2026-02-01:
/// each account's sums before and within the period, and its movements grouped by account in ordinal order.
/// </summary>
internal static class AccountLedgerSamples
{
    public static readonly DateOnly From = new(2026, 2, 1);

    public static readonly LedgerHeading Heading = new("城关镇以奖代补资金明细分类账", "2026-02-01 至 2026-06-30");

    private static readonly (long Entry, DateOnly On, string Kind, string Text, string Debit, string Credit, decimal Amount)[] Entries =
    [
        (1, new(2026, 1, 5), "资金到账", "县级配套资金到账", "pool:1:available", "source:county:2026", 1_250_000.00m),
        (2, new(2026, 1, 20), "分配到项目", "分配东岳花园小区垃圾分类项目", "project:7:funds", "pool:1:available", 300_000.00m),
        (3, new(2026, 2, 17), "分配到项目", "分配河口村道路硬化项目", "project:8:funds", "pool:1:available", 12_345.67m),
        (4, new(2026, 3, 2), "报账审核通过", "某某建筑公司 进度款", "request:3:payable", "project:7:funds", 100_000.00m),
        (5, new(2026, 3, 9), "支付", "某某建筑公司 银行流水 0001", "request:3:paid", "request:3:payable", 100_000.00m),
        (6, new(2026, 4, 1), "资金到账", "省级资金到账", "pool:1:available", "source:province:2026", 0.01m),
        (7, new(2026, 5, 31), "冲销", "更正：重复分配", "pool:1:available", "project:8:funds", 0.01m),
    ];

    public static IReadOnlyList<AccountSummary> Accounts()
    {
        var lines = Lines().ToList();
        return lines.Select(l => l.Account).Distinct().Order(StringComparer.Ordinal).Select(account =>
        {
            var mine = lines.Where(l => l.Account == account).ToList();
            var before = mine.Where(l => l.On < From).ToList();
            var within = mine.Where(l => l.On >= From).ToList();
            return new AccountSummary(account, NameOf(account), !account.StartsWith("source:", StringComparison.Ordinal),
                before.Sum(l => l.Debit), before.Sum(l => l.Credit), within.Sum(l => l.Debit), within.Sum(l => l.Credit));
        }).ToList();
    }

    public static IReadOnlyList<AccountMovement> Movements() =>
        Lines().Where(l => l.On >= From)
            .OrderBy(l => l.Account, StringComparer.Ordinal).ThenBy(l => l.On).ThenBy(l => l.Entry)
            .Select(l => new AccountMovement(l.Account, l.Entry, l.On, l.Kind, l.Text, l.Debit, l.Credit))
            .ToList();

    private static string NameOf(string account) => account switch
    {
        "pool:1:available" => "2026年度以奖代补资金池（可用）",
        "project:7:funds" => "东岳花园小区垃圾分类（城关镇）",
        _ => account.StartsWith("source:", StringComparison.Ordinal) ? "2026年县级资金" : "报账单 #3",
    };

    private static IEnumerable<(string Account, long Entry, DateOnly On, string Kind, string Text, decimal Debit, decimal Credit)> Lines()
    {
        foreach (var e in Entries)
        {
            yield return (e.Debit, e.Entry, e.On, e.Kind, e.Text, e.Amount, 0m);
            yield return (e.Credit, e.Entry, e.On, e.Kind, e.Text, 0m, e.Amount);
        }
    }
}
