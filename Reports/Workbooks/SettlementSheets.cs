using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Reports.Settlement;
using SpreadCheetah;

namespace Grants.Reports.Workbooks;

/// <summary>The two summary sheets of the settlement workbook (by grade, by township); sums are taken in fen, printed in yuan.</summary>
public static partial class SettlementWorkbook
{
    private static readonly Grade[] Grades = [Grade.Advanced, Grade.Effective, Grade.Ordinary];

    private static async Task WriteSummaryAsync(Spreadsheet sheet, SettlementStyles styles, SettlementReport report, CancellationToken ct)
    {
        await StartSheetAsync(sheet, styles, SummarySheet, Title(report, "结账汇总表"), Subtitle(report),
            ["等次", "社区数", "奖励金额"], [26, 12, 18], ct).ConfigureAwait(false);

        var count = 0;
        var awards = Money.Zero;
        foreach (var grade in Grades)
        {
            var graded = report.Results.Where(r => r.Grade == grade).ToList();
            var award = graded.Total(r => r.Award);
            count += graded.Count;
            awards += award;
            await sheet.AddRowAsync([new Cell(GradeText.Of(grade)), new Cell(graded.Count), new Cell(award.Yuan, styles.Yuan)], ct).ConfigureAwait(false);
        }

        await sheet.AddRowAsync(
            [new Cell(TotalLabel, styles.Total), Total(sheet, 2, count, styles.Total), Total(sheet, 3, awards.Yuan, styles.TotalYuan)], ct).ConfigureAwait(false);
        await sheet.AddRowAsync([new Cell("")], ct).ConfigureAwait(false);

        (string Label, Cell Value)[] facts =
        [
            ("县（市、区）", new Cell(report.County)),
            ("发文单位", new Cell(report.Issuer)),
            ("考核季度", new Cell(report.QuarterName)),
            ("季度代码", new Cell(report.QuarterCode)),
            ("结账日期", new Cell(report.SettledOn.ToDateTime(TimeOnly.MinValue), styles.Date)),
            ("制表人", new Cell(report.PreparedBy)),
            ("审核人", new Cell(report.ApprovedBy)),
            ("输入数据摘要（SHA-256）", new Cell(report.InputHash, styles.Text)),
        ];
        foreach (var (label, value) in facts)
        {
            await sheet.AddRowAsync([new Cell(label, styles.Total), value], ct).ConfigureAwait(false);
        }
    }

    private static async Task WriteTownshipsAsync(Spreadsheet sheet, SettlementStyles styles, SettlementReport report, CancellationToken ct)
    {
        await StartSheetAsync(sheet, styles, TownshipSheet, Title(report, "分乡镇汇总表"), Subtitle(report),
            ["乡镇", "参评社区", "先进", "成效", "一般", "奖励金额"], [16, 10, 8, 8, 8, 18], ct).ConfigureAwait(false);

        var townships = report.Results.GroupBy(r => r.TownshipCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        var totals = new int[4];
        var awards = Money.Zero;
        foreach (var township in townships)
        {
            int[] counts = [township.Count(), .. Grades.Select(g => township.Count(r => r.Grade == g))];
            var award = township.Total(r => r.Award);
            for (var i = 0; i < counts.Length; i++)
            {
                totals[i] += counts[i];
            }

            awards += award;
            await sheet.AddRowAsync(
            [
                new Cell(township.First().Township), new Cell(counts[0]), new Cell(counts[1]), new Cell(counts[2]), new Cell(counts[3]),
                new Cell(award.Yuan, styles.Yuan),
            ], ct).ConfigureAwait(false);
        }

        await sheet.AddRowAsync(
        [
            new Cell(TotalLabel, styles.Total), .. totals.Select((total, i) => Total(sheet, i + 2, total, styles.Total)),
            Total(sheet, 6, awards.Yuan, styles.TotalYuan),
        ], ct).ConfigureAwait(false);
    }
}
