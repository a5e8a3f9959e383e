using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Reports.Settlement;
using SpreadCheetah;

namespace Grants.Reports.Workbooks;

/// <summary>The three list sheets of the settlement workbook (awards, black cards, scores), in rank order.</summary>
public static partial class SettlementWorkbook
{
    private static async Task WriteAwardsAsync(
        Spreadsheet sheet, SettlementStyles styles, SettlementReport report, IReadOnlyList<CommunityResult> ranked, CancellationToken ct)
    {
        await StartSheetAsync(sheet, styles, AwardSheet, Title(report, "奖励名单"), Subtitle(report),
            ["序号", "乡镇", "社区", "类别", "综合得分", "排名", "等次", "奖励金额", "备注"], [6, 12, 20, 16, 10, 6, 8, 16, 8], ct).ConfigureAwait(false);

        var no = 0;
        var awards = Money.Zero;
        foreach (var result in ranked.Where(r => r.Grade != Grade.Ordinary))
        {
            awards += result.Award;
            await sheet.AddRowAsync(
            [
                new Cell(++no), new Cell(result.Township), new Cell(result.Community), new Cell(result.Category),
                new Cell(result.Composite, styles.Score), new Cell(result.Rank), new Cell(GradeText.Of(result.Grade)),
                new Cell(result.Award.Yuan, styles.Yuan), new Cell(result.CardRemoved ? CardRemovedMark : ""),
            ], ct).ConfigureAwait(false);
        }

        await sheet.AddRowAsync(
        [
            new Cell(TotalLabel, styles.Total), .. Enumerable.Range(0, 6).Select(_ => Blank(styles)),
            Total(sheet, 8, awards.Yuan, styles.TotalYuan), Blank(styles),
        ], ct).ConfigureAwait(false);
    }

    private static async Task WriteBlackCardsAsync(
        Spreadsheet sheet, SettlementStyles styles, SettlementReport report, IReadOnlyList<CommunityResult> ranked, CancellationToken ct)
    {
        await StartSheetAsync(sheet, styles, BlackCardSheet, Title(report, "挂黑牌名单"), Subtitle(report),
            ["序号", "乡镇", "社区", "综合得分", "排名", "连续黑牌", "处理"], [6, 12, 20, 10, 6, 10, 8], ct).ConfigureAwait(false);

        var no = 0;
        var interviews = 0;
        foreach (var result in ranked.Where(r => r.Grade == Grade.Ordinary))
        {
            var interview = result.BlackCardsInARow >= 2;
            interviews += interview ? 1 : 0;
            await sheet.AddRowAsync(
            [
                new Cell(++no), new Cell(result.Township), new Cell(result.Community), new Cell(result.Composite, styles.Score),
                new Cell(result.Rank), new Cell(result.BlackCardsInARow), new Cell(interview ? InterviewMark : NoticeMark),
            ], ct).ConfigureAwait(false);
        }

        // The count row: communities carded (counted over the names) and, of them, those called to an interview.
        await sheet.AddRowAsync(
        [
            new Cell(TotalLabel, styles.Total), Blank(styles), Total(sheet, 3, no, styles.Total, "COUNTA"),
            Blank(styles), Blank(styles), Blank(styles), Total(sheet, 7, interviews, styles.Total, "COUNTIF", $"\"{InterviewMark}\""),
        ], ct).ConfigureAwait(false);
    }

    private static async Task WriteScoresAsync(
        Spreadsheet sheet, SettlementStyles styles, SettlementReport report, IReadOnlyList<CommunityResult> ranked, CancellationToken ct)
    {
        var criteria = report.Criteria;
        string[] headers =
        [
            "序号", "乡镇", "社区", "类别", .. criteria.Select(c => $"{c.Name}({c.MaxPoints.ToString("0.##", CultureInfo.InvariantCulture)})"),
            "群众评价", "综合得分", "排名", "等次", "奖励金额",
        ];
        double[] widths = [6, 12, 20, 16, .. criteria.Select(c => Math.Max(10, c.Name.Length * 2 + 6.0)), 10, 10, 6, 8, 16];
        await StartSheetAsync(sheet, styles, ScoreSheet, Title(report, "得分明细表"), Subtitle(report), headers, widths, ct).ConfigureAwait(false);

        var awards = Money.Zero;
        var no = 0;
        foreach (var result in ranked)
        {
            awards += result.Award;
            await sheet.AddRowAsync(
            [
                new Cell(++no), new Cell(result.Township), new Cell(result.Community), new Cell(result.Category),
                .. result.CriterionScores.Select(s => s is { } score ? new Cell(score, styles.Score) : new Cell("")),
                new Cell(result.ResidentsScore, styles.Score), new Cell(result.Composite, styles.Score), new Cell(result.Rank),
                new Cell(GradeText.Of(result.Grade)), new Cell(result.Award.Yuan, styles.Yuan),
            ], ct).ConfigureAwait(false);
        }

        await sheet.AddRowAsync(
        [
            new Cell(TotalLabel, styles.Total), .. Enumerable.Range(0, headers.Length - 2).Select(_ => Blank(styles)),
            Total(sheet, headers.Length, awards.Yuan, styles.TotalYuan),
        ], ct).ConfigureAwait(false);
    }
}
