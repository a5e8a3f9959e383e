namespace Grants.Reports.Workbooks;

/// <summary>A sample journal: money received, allocated to projects, approved and paid, two lines an entry, balanced.</summary>
public static class LedgerSamples
{
    public static LedgerHeading Heading { get; } = new("示范县以奖代补资金日记账", "2026-01-01 至 2026-09-30");

    private static readonly string[] Townships = ["城关镇", "河口镇", "新街镇", "白沙乡", "柳林乡"];

    public static IEnumerable<LedgerLine> Lines(int entries)
    {
        var day = new DateOnly(2026, 1, 5);
        for (var id = 1; id <= entries; id++)
        {
            var township = Townships[id % Townships.Length];
            var amount = 1_000m + (id * 137 % 9_000) + ((id % 100) / 100m);
            var (kind, description, debit, credit) = (id % 4) switch
            {
                0 => ("资金到账", $"省级财政下达共同缔造以奖代补资金（第{id}批）", "pool:1:available", "source:province:2026"),
                1 => ("资金分配", $"分配{township}人居环境整治项目资金", $"project:{id % 40 + 1}:funds", "pool:1:available"),
                2 => ("支付审批", $"审批{township}项目进度款，含材料费与人工费（申请{id}号）", $"request:{id}:payable", $"project:{id % 40 + 1}:funds"),
                _ => ("支付", $"支付{township}项目进度款（银行流水{id:D8}）", $"request:{id - 1}:paid", $"request:{id - 1}:payable"),
            };
            var booked = day.AddDays(id * 270 / Math.Max(entries, 1));
            yield return new LedgerLine(id, booked, kind, description, debit, amount, 0m, "sample");
            yield return new LedgerLine(id, booked, kind, description, credit, 0m, amount, "sample");
        }
    }
}
