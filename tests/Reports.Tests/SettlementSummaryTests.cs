using System.Globalization;
using Grants.Domain;
using Grants.Reports.Settlement;

namespace Grants.Reports.Tests;

/// <summary>The settlement summary PDF: landscape, every township with its subtotal, a grand total equal to the awards.</summary>
public sealed class SettlementSummaryTests
{
    [Fact]
    public void Every_township_has_its_heading_and_subtotal_and_the_grand_total_equals_the_awards()
    {
        var report = SettlementSamples.Report();

        var pdf = NoticeTests.Save("settlement-summary", new SettlementSummaryDocument(report).Render());

        var text = NoticeTests.Read(pdf, out var pages);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.True(document.GetPage(1).Width > document.GetPage(1).Height, "not landscape");
            for (var n = 1; n <= pages; n++)
            {
                var page = document.GetPage(n).Text.Replace(" ", "", StringComparison.Ordinal);
                Assert.Contains("村（社区）", page, StringComparison.Ordinal);
                Assert.Contains($"第{n}页共{pages}页", page, StringComparison.Ordinal);
            }
        }

        foreach (var township in report.Results.GroupBy(r => r.Township))
        {
            var subtotal = township.Select(r => r.Award).Total();
            Assert.Contains($"{township.Key}小计{Figures(subtotal)}", text, StringComparison.Ordinal);
        }

        var total = report.Results.Select(r => r.Award).Total();
        Assert.Contains($"合计{Figures(total)}", text, StringComparison.Ordinal);
        Assert.Contains($"（大写：{ChineseText.Uppercase(total)}）", text, StringComparison.Ordinal);
        Assert.Contains(report.InputHash, text, StringComparison.Ordinal);
        Assert.All(report.Results, r => Assert.Contains(r.Community, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_county_of_five_hundred_communities_runs_over_pages_with_the_header_on_each()
    {
        var sample = SettlementSamples.Report();
        var many = Enumerable.Range(0, 500).Select(i => sample.Results[i % sample.Results.Count] with
        {
            Community = $"{sample.Results[i % sample.Results.Count].Community}{i}",
            Rank = i + 1,
        }).ToList();

        var text = NoticeTests.Read(new SettlementSummaryDocument(sample with { Results = many }).Render(), out var pages);

        Assert.True(pages >= 10, $"{pages} pages");
        Assert.Equal(pages, CountOf(text, "序号村（社区）类别"));
        Assert.Contains($"合计{Figures(many.Select(r => r.Award).Total())}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_or_broken_settlement_is_refused()
    {
        var report = SettlementSamples.Report();
        Assert.Contains("Results is empty", Assert.Throws<ReportModelException>(() => new SettlementSummaryDocument(report with { Results = [] }).Render()).Message, StringComparison.Ordinal);
        var longName = report with { Results = [report.Results[0] with { Community = new string('村', 2000) }, .. report.Results.Skip(1)] };
        Assert.Contains("2000 characters", Assert.Throws<ReportModelException>(() => new SettlementSummaryDocument(longName).Render()).Message, StringComparison.Ordinal);
    }

    private static string Figures(Money amount) => amount.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
