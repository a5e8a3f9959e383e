using System.Globalization;
using ClosedXML.Excel;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Reports.Settlement;
using Grants.Reports.Workbooks;

namespace Grants.Reports.Tests;

/// <summary>The settlement workbook re-opens with its five sheets, the model's figures to the fen and totals that add up.</summary>
public sealed class SettlementWorkbookTests
{
    private const int Header = SettlementWorkbook.HeaderRow;
    private const int First = Header + 1;
    private static readonly SettlementReport Sample = SettlementSamples.Report();
    private static readonly CommunityResult[] Rewarded = [.. Sample.Results.Where(r => r.Grade != Grade.Ordinary)];
    private static readonly CommunityResult[] Carded = [.. Sample.Results.Where(r => r.Grade == Grade.Ordinary)];

    private static readonly Dictionary<string, string[]> Headers = new()
    {
        ["汇总"] = ["等次", "社区数", "奖励金额"],
        ["按乡镇"] = ["乡镇", "参评社区", "先进", "成效", "一般", "奖励金额"],
        ["奖励"] = ["序号", "乡镇", "社区", "类别", "综合得分", "排名", "等次", "奖励金额", "备注"],
        ["黑牌"] = ["序号", "乡镇", "社区", "综合得分", "排名", "连续黑牌", "处理"],
        ["得分"] = ["序号", "乡镇", "社区", "类别", "人居环境(25)", "群众参与(20)", "项目进度(20)", "资金规范(20)", "文化润心(15)",
            "群众评价", "综合得分", "排名", "等次", "奖励金额"],
    };

    [Fact]
    public async Task Every_sheet_has_its_name_a_title_and_a_frozen_bold_header_row_with_set_widths()
    {
        using var book = await WriteAndOpenAsync(Sample);

        Assert.Equal(["汇总", "按乡镇", "奖励", "黑牌", "得分"], book.Worksheets.Select(s => s.Name));
        foreach (var sheet in book.Worksheets)
        {
            Assert.StartsWith("示范县2026年第三季度以奖代补考核", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
            Assert.Contains("结账日期：2026年10月15日", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
            Assert.Equal(Headers[sheet.Name], Enumerable.Range(1, Headers[sheet.Name].Length).Select(c => sheet.Cell(Header, c).GetString()));
            Assert.True(sheet.Cell(Header, 1).Style.Font.Bold);
            Assert.Equal(Header, sheet.SheetView.SplitRow);
            // ClosedXML reads the width back less Excel's cell padding.
            Assert.InRange(sheet.Column(2).Width, 9, 18);
        }
    }

    [Fact]
    public async Task The_summary_counts_and_totals_each_grade_and_the_grand_total_adds_them_up()
    {
        using var book = await WriteAndOpenAsync(Sample);
        var sheet = book.Worksheet(SettlementWorkbook.SummarySheet);
        var grades = new[] { Grade.Advanced, Grade.Effective, Grade.Ordinary };

        for (var i = 0; i < grades.Length; i++)
        {
            var graded = Sample.Results.Where(r => r.Grade == grades[i]).ToList();
            Assert.Equal(GradeText.Of(grades[i]), sheet.Cell(First + i, 1).GetString());
            Assert.Equal(graded.Count, sheet.Cell(First + i, 2).GetValue<int>());
            Assert.Equal(graded.Total(r => r.Award).Yuan, sheet.Cell(First + i, 3).GetValue<decimal>());
            Assert.Equal("#,##0.00", sheet.Cell(First + i, 3).Style.NumberFormat.Format);
        }

        var totals = First + 3;
        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        Assert.Equal(Sample.Results.Count, Number(sheet.Cell(totals, 2)));
        Assert.Equal(SumOf(sheet, 2, First, totals - 1), Number(sheet.Cell(totals, 2)));
        Assert.Equal(SumOf(sheet, 3, First, totals - 1), Number(sheet.Cell(totals, 3)));
        Assert.Equal(720_000.00m, Number(sheet.Cell(totals, 3)));
        Assert.Equal($"SUM(C{First}:C{totals - 1})", sheet.Cell(totals, 3).FormulaA1);

        var facts = Enumerable.Range(totals + 2, 8).ToDictionary(r => sheet.Cell(r, 1).GetString(), r => sheet.Cell(r, 2));
        Assert.Equal("示范县", facts["县（市、区）"].GetString());
        Assert.Equal("2026年第三季度", facts["考核季度"].GetString());
        Assert.Equal(new DateTime(2026, 10, 15), facts["结账日期"].GetDateTime());
        Assert.Equal("王会计", facts["制表人"].GetString());
        Assert.Equal("李局长", facts["审核人"].GetString());
        Assert.Equal(Sample.InputHash, facts["输入数据摘要（SHA-256）"].GetString());
    }

    [Fact]
    public async Task The_township_sheet_has_a_row_per_township_and_totals_that_add_up()
    {
        using var book = await WriteAndOpenAsync(Sample);
        var sheet = book.Worksheet(SettlementWorkbook.TownshipSheet);
        var townships = Sample.Results.GroupBy(r => r.TownshipCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var totals = First + townships.Count;

        for (var i = 0; i < townships.Count; i++)
        {
            Assert.Equal(townships[i].First().Township, sheet.Cell(First + i, 1).GetString());
            Assert.Equal(townships[i].Count(), sheet.Cell(First + i, 2).GetValue<int>());
            Assert.Equal(townships[i].Total(r => r.Award).Yuan, sheet.Cell(First + i, 6).GetValue<decimal>());
        }

        Assert.Equal(["城关镇", "河口镇", "青石镇", "白沙乡", "柳林乡"], Enumerable.Range(First, 5).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        foreach (var column in Enumerable.Range(2, 5))
        {
            Assert.Equal(SumOf(sheet, column, First, totals - 1), Number(sheet.Cell(totals, column)));
        }

        Assert.Equal(Rewarded.Length, Number(sheet.Cell(totals, 3)) + Number(sheet.Cell(totals, 4)));
    }

    [Fact]
    public async Task The_award_sheet_lists_every_rewarded_community_with_its_award_to_the_fen()
    {
        using var book = await WriteAndOpenAsync(Sample);
        var sheet = book.Worksheet(SettlementWorkbook.AwardSheet);
        var totals = First + Rewarded.Length;

        var printed = Enumerable.Range(First, Rewarded.Length).ToDictionary(r => sheet.Cell(r, 3).GetString(), r => sheet.Row(r));
        Assert.Equal(Rewarded.Select(r => r.Community).Order(), printed.Keys.Order());
        foreach (var result in Rewarded)
        {
            var row = printed[result.Community];
            Assert.Equal(result.Award.Yuan, row.Cell(8).GetValue<decimal>());
            Assert.Equal(result.Composite, row.Cell(5).GetValue<decimal>());
            Assert.Equal("0.00", row.Cell(5).Style.NumberFormat.Format);
            Assert.Equal(result.CardRemoved ? "摘牌" : "", row.Cell(9).GetString());
        }

        Assert.Equal(Enumerable.Range(1, Rewarded.Length), Enumerable.Range(First, Rewarded.Length).Select(r => sheet.Cell(r, 6).GetValue<int>()));
        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        Assert.Equal(SumOf(sheet, 8, First, totals - 1), Number(sheet.Cell(totals, 8)));
        Assert.Equal(Rewarded.Total(r => r.Award).Yuan, Number(sheet.Cell(totals, 8)));
        Assert.Equal("#,##0.00", sheet.Cell(totals, 8).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task The_black_card_sheet_lists_every_ordinary_community_and_calls_second_cards_to_interview()
    {
        using var book = await WriteAndOpenAsync(Sample);
        var sheet = book.Worksheet(SettlementWorkbook.BlackCardSheet);
        var totals = First + Carded.Length;

        foreach (var r in Enumerable.Range(First, Carded.Length))
        {
            var result = Carded.Single(c => c.Community == sheet.Cell(r, 3).GetString());
            Assert.Equal(result.BlackCardsInARow, sheet.Cell(r, 6).GetValue<int>());
            Assert.Equal(result.BlackCardsInARow >= 2 ? "约谈" : "通报", sheet.Cell(r, 7).GetString());
        }

        var interviews = Enumerable.Range(First, Carded.Length).Count(r => sheet.Cell(r, 7).GetString() == "约谈");
        Assert.Equal(3, interviews);
        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        Assert.Equal(Carded.Length, Number(sheet.Cell(totals, 3)));
        Assert.Equal(interviews, Number(sheet.Cell(totals, 7)));
    }

    [Fact]
    public async Task The_score_sheet_prints_every_community_with_every_score_and_an_award_total()
    {
        using var book = await WriteAndOpenAsync(Sample);
        var sheet = book.Worksheet(SettlementWorkbook.ScoreSheet);
        var totals = First + Sample.Results.Count;
        var award = 9 + Sample.Criteria.Count;

        foreach (var r in Enumerable.Range(First, Sample.Results.Count))
        {
            var result = Sample.Results.Single(c => c.Community == sheet.Cell(r, 3).GetString());
            Assert.Equal(result.CriterionScores, Enumerable.Range(5, Sample.Criteria.Count).Select(c => (decimal?)sheet.Cell(r, c).GetValue<decimal>()));
            Assert.Equal(result.ResidentsScore, sheet.Cell(r, 5 + Sample.Criteria.Count).GetValue<decimal>());
            Assert.Equal(result.Composite, sheet.Cell(r, 6 + Sample.Criteria.Count).GetValue<decimal>());
            Assert.Equal(result.Award.Yuan, sheet.Cell(r, award).GetValue<decimal>());
            Assert.Equal("0.00", sheet.Cell(r, 5).Style.NumberFormat.Format);
        }

        Assert.Equal("合计", sheet.Cell(totals, 1).GetString());
        Assert.Equal(SumOf(sheet, award, First, totals - 1), Number(sheet.Cell(totals, award)));
        Assert.Equal(720_000.00m, Number(sheet.Cell(totals, award)));
    }

    [Theory]
    [InlineData("long name", "2000 characters long")]
    [InlineData("no results", "Results is empty")]
    [InlineData("negative award", "Award of 城关镇 / 东关社区 is negative")]
    [InlineData("score count", "Scores of 城关镇 / 东关社区: 4 given, but the rubric has 5 criteria")]
    [InlineData("score above maximum", "Score 人居环境 of 城关镇 / 东关社区 is 26")]
    [InlineData("ordinary with award", "Award of 城关镇 / 东关社区 is ¥100.00, but grade 一般 receives no award")]
    [InlineData("rewarded without award", "Award of 城关镇 / 东关社区 is zero, but grade 先进 is rewarded")]
    [InlineData("twice", "城关镇 / 东关社区 appears twice")]
    public async Task A_bad_model_is_refused_naming_the_problem_before_a_byte_is_written(string how, string message)
    {
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<ReportModelException>(() => SettlementWorkbook.WriteAsync(Break(how), output));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void The_sample_ranks_by_composite_and_grades_by_the_rule()
    {
        var byRank = Sample.Results.OrderBy(r => r.Rank).ToList();

        Assert.Equal(Enumerable.Range(1, byRank.Count), byRank.Select(r => r.Rank));
        Assert.Equal(byRank.Select(r => r.Composite).OrderDescending(), byRank.Select(r => r.Composite));
        Assert.All(byRank, r => Assert.Equal(
            r.Composite >= 90 && r.Rank <= 10 ? Grade.Advanced : r.Composite >= 75 ? Grade.Effective : Grade.Ordinary, r.Grade));
        Assert.Contains(byRank, r => r.Grade == Grade.Effective && r.Composite >= 90);
        Assert.Single(byRank, r => r.CardRemoved);
        Assert.Equal(Rewarded.Length, SettlementSamples.Payments(Sample).Lines.Count);
    }

    private static SettlementReport Break(string how)
    {
        var target = Sample.Results.Single(r => r.Community == "东关社区");
        CommunityResult[] With(CommunityResult changed) => [.. Sample.Results.Select(r => r == target ? changed : r)];
        return how switch
        {
            "long name" => Sample with { Results = With(target with { Community = new string('村', 2000) }) },
            "no results" => Sample with { Results = [] },
            "negative award" => Sample with { Results = With(target with { Award = Money.FromYuan(-1m) }) },
            "score count" => Sample with { Results = With(target with { CriterionScores = target.CriterionScores.Take(4).ToList() }) },
            "score above maximum" => Sample with { Results = With(target with { CriterionScores = [26m, .. target.CriterionScores.Skip(1)] }) },
            "ordinary with award" => Sample with { Results = With(target with { Grade = Grade.Ordinary, Award = Money.FromYuan(100m) }) },
            "rewarded without award" => Sample with { Results = With(target with { Award = Money.Zero }) },
            "twice" => Sample with { Results = [.. Sample.Results, target] },
            _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
        };
    }

    private static async Task<XLWorkbook> WriteAndOpenAsync(SettlementReport report)
    {
        var output = new MemoryStream();
        await SettlementWorkbook.WriteAsync(report, output);
        // Kept beside the binaries for a person to open and look at.
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "settlement.xlsx"), output.ToArray());
        output.Position = 0;
        return new XLWorkbook(output);
    }

    private static decimal SumOf(IXLWorksheet sheet, int column, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Sum(r => sheet.Cell(r, column).GetValue<decimal>());

    /// <summary>A totals cell's figure as stored: the cached value of its formula, not ClosedXML's own recalculation.</summary>
    private static decimal Number(IXLCell cell) =>
        cell.HasFormula ? Convert.ToDecimal(cell.CachedValue, CultureInfo.InvariantCulture) : cell.GetValue<decimal>();
}
