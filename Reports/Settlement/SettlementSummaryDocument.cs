using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Reports.Layout;

namespace Grants.Reports.Settlement;

/// <summary>
/// 季度结账汇总表: the quarter's settlement on landscape A4 — one table grouped by township (heading, communities in
/// rank order, subtotal), a grand total, then who prepared and approved it and the hash of the inputs it was computed
/// from. The header row repeats on every page; "第 n 页 共 N 页" at the foot.
/// </summary>
public sealed class SettlementSummaryDocument(SettlementReport report)
{
    private const double MinCriterionWidth = 34;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Title => $"{report.County}{report.QuarterName}共同缔造以奖代补考核结账汇总表";

    public byte[] Render()
    {
        SettlementModelCheck.Check(report);
        var page = PageSetup.A4(15, landscape: true);
        var document = new FlowDocument(page) { Title = Title, Author = report.Issuer, Decoration = PageNumbers.OfTotal };
        return document.Render(
        [
            new Paragraph(Title, TextStyle.Strong(16)) { Align = Align.Center, SpaceAfter = 6 },
            new SplitLine($"编制单位：{report.Issuer}    结账日期：{ChineseText.Date(report.SettledOn)}", "金额单位：元", TextStyle.Body(9)),
            new Spacer(4),
            new TableBlock(Columns(page.ContentWidth), Rows()),
            new Spacer(10),
            new KeepTogether(
                new Paragraph(Counts(report.Results, "全县"), TextStyle.Body(9)),
                new Paragraph($"编制：{report.PreparedBy}        审定：{report.ApprovedBy}", TextStyle.Body(9)) { SpaceBefore = 6 },
                new Paragraph($"输入快照 SHA-256：{report.InputHash}（据此可复核本表的计算）", TextStyle.Body(8) with { Leading = 11 })),
        ]);
    }

    private List<TableColumn> Columns(double width)
    {
        List<TableColumn> fixedColumns =
        [
            new("序号", 28, Align.Right), new("村（社区）", 100), new("类别", 72),
            new("群众评价", 46, Align.Right), new("综合得分", 46, Align.Right), new("排名", 32, Align.Right),
            new("等次", 32, Align.Center), new("奖励金额", 74, Align.Right), new("黑牌", 66, Align.Center),
        ];
        var criterionWidth = Math.Floor((width - fixedColumns.Sum(c => c.Width)) / report.Criteria.Count);
        if (criterionWidth < MinCriterionWidth)
        {
            throw new ReportModelException($"Criteria: {report.Criteria.Count} criteria do not fit across a landscape page.");
        }

        var criteria = report.Criteria.Select(c => new TableColumn($"{c.Name}（{c.MaxPoints:0.##}）", criterionWidth, Align.Right));
        return [.. fixedColumns[..3], .. criteria, .. fixedColumns[3..]];
    }

    private IEnumerable<TableRow> Rows()
    {
        var number = 0;
        foreach (var township in report.Results.GroupBy(r => (r.TownshipCode, r.Township)).OrderBy(g => g.Key.TownshipCode, StringComparer.Ordinal))
        {
            yield return TableRow.Group($"{township.Key.Township}（{township.Count()}个：{Counts(township.ToList(), "")}）");
            foreach (var result in township.OrderBy(r => r.Rank))
            {
                yield return new TableRow(
                [
                    (++number).ToString(Invariant), result.Community, result.Category,
                    .. result.CriterionScores.Select(s => s is { } score ? ChineseText.Points(score) : "—"),
                    ChineseText.Points(result.ResidentsScore), ChineseText.Points(result.Composite), result.Rank.ToString(Invariant),
                    GradeText.Of(result.Grade), Amount(result.Award), Card(result),
                ]);
            }

            yield return Total($"{township.Key.Township}小计", township.ToList(), RowKind.Subtotal);
        }

        yield return Total("合计", report.Results, RowKind.Total);
    }

    private TableRow Total(string label, IReadOnlyList<CommunityResult> results, RowKind kind)
    {
        var awards = MoneyTotals.Total(results.Select(r => r.Award));
        var blanks = Enumerable.Repeat("", report.Criteria.Count + 5);
        return new TableRow(["", label, .. blanks, Amount(awards), ""], kind);
    }

    private static string Counts(IReadOnlyList<CommunityResult> results, string scope)
    {
        int Count(Grade g) => results.Count(r => r.Grade == g);
        var awards = MoneyTotals.Total(results.Select(r => r.Award));
        var summary = $"先进{Count(Grade.Advanced)}个、成效{Count(Grade.Effective)}个、一般{Count(Grade.Ordinary)}个";
        return scope.Length == 0 ? summary : $"{scope}考核{results.Count}个村（社区）：{summary}；奖励资金合计{ChineseText.Yuan(awards)}（大写：{ChineseText.Uppercase(awards)}）。";
    }

    private static string Amount(Money amount) => amount.Yuan.ToString("#,##0.00", Invariant);

    private static string Card(CommunityResult result) => result switch
    {
        { Grade: Grade.Ordinary, BlackCardsInARow: >= 2 } => $"连续{result.BlackCardsInARow}次·约谈",
        { Grade: Grade.Ordinary } => "挂牌",
        { CardRemoved: true } => "摘牌",
        _ => "",
    };
}
