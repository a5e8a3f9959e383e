using Grants.Domain;
using Grants.Reports.Evidence;

namespace Grants.Reports.Tests;

/// <summary>The approval trail of an evidence pack, read back from the PDF: names, amounts, China times, the order, the pages.</summary>
public sealed class ApprovalTrailDocumentTests
{
    private static readonly string[] InOrder = ["公示开始", "立项批准", "初审通过", "复核通过", "#40支付"];

    [Fact]
    public void A_project_trail_names_every_approver_with_the_amount_payee_bank_reference_and_China_time()
    {
        var text = Text(NoticeTests.Save("approval-trail", new ApprovalTrailDocument(ApprovalTrailSamples.Project()).Render()));

        Assert.Contains("东关社区文化广场硬化工程审批记录", text, StringComparison.Ordinal);
        Assert.Contains("乡镇：城关镇", text, StringComparison.Ordinal);
        Assert.Contains("2026-06-0216:45报账单#31复核通过approver120,000.00城关镇宏达建筑队", text, StringComparison.Ordinal);
        Assert.Contains("银行流水号95588-20260603-001", text, StringComparison.Ordinal);
        Assert.Contains("退回修改clerk", text, StringComparison.Ordinal);
        Assert.Contains("请补充施工合同", text, StringComparison.Ordinal);
        // A lifecycle step recorded as a day prints as one, with a dash for the unrecorded person.
        Assert.Contains("2026-04-01项目开工—", text, StringComparison.Ordinal);
        Assert.Contains("1063", text, StringComparison.Ordinal);
        Assert.Contains("10.20.1.9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_are_printed_in_China_time_and_steps_in_time_order_whatever_order_they_arrive_in()
    {
        var sample = ApprovalTrailSamples.Project();
        var utc = new DateTimeOffset(2026, 6, 30, 17, 30, 0, TimeSpan.Zero); // 01:30 on 1 July in China
        var trail = sample with
        {
            Events = [new TrailEvent(utc, false, "报账单 #40", "支付", "clerk", Money.FromYuan(8_000m)), .. sample.Events.Reverse()],
        };

        var text = Text(new ApprovalTrailDocument(trail).Render());

        Assert.Contains("2026-07-0101:30报账单#40支付clerk8,000.00", text, StringComparison.Ordinal);
        var order = InOrder.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_quarter_trail_shows_each_round_and_the_reason_for_reopening()
    {
        var text = Text(new ApprovalTrailDocument(ApprovalTrailSamples.Quarter()).Render());

        Assert.Contains("第2轮同意重新打开approver", text, StringComparison.Ordinal);
        Assert.Contains("理由：河口镇渔湾村群众评价录入有误", text, StringComparison.Ordinal);
        Assert.Contains("第1轮确认approver", text, StringComparison.Ordinal);
        Assert.Contains("审计日志中没有相关记录", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trail_for_a_reader_who_may_not_read_the_audit_trail_says_it_is_left_out()
    {
        var text = Text(new ApprovalTrailDocument(ApprovalTrailSamples.Project() with { AuditRecords = null }).Render());

        Assert.Contains(ApprovalTrailDocument.AuditLeftOut, text, StringComparison.Ordinal);
        Assert.DoesNotContain("POST/review", text, StringComparison.Ordinal);
        Assert.Contains("复核通过approver", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_hundred_steps_span_pages_each_with_the_column_headers_the_title_and_its_number()
    {
        var trail = ApprovalTrailSamples.ManySteps(300);

        var pdf = NoticeTests.Save("approval-trail-300", new ApprovalTrailDocument(trail).Render());

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.NumberOfPages;
        Assert.True(pages >= 5, $"{pages} pages");
        for (var n = 1; n <= pages; n++)
        {
            var text = Squeeze(document.GetPage(n).Text);
            Assert.Contains($"第{n}页共{pages}页", text, StringComparison.Ordinal);
            if (n > 1)
            {
                Assert.Contains("东关社区文化广场硬化工程审批记录（续）", text, StringComparison.Ordinal);
            }

            if (n < pages - 1)
            {
                Assert.Contains("序号时间对象事项经办/审批人金额收款人说明/银行流水号", text, StringComparison.Ordinal);
            }
        }

        var all = string.Concat(document.GetPages().Select(p => Squeeze(p.Text)));
        Assert.Contains("300", all, StringComparison.Ordinal);
        Assert.Contains("收款单位049", all, StringComparison.Ordinal);
        Assert.Contains((1_000m + (299 * 13.5m)).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_without_a_name_is_refused_naming_the_field_and_the_row()
    {
        var sample = ApprovalTrailSamples.Project();
        var events = sample.Events.ToList();
        events[2] = events[2] with { Step = " " };

        var e = Assert.Throws<ReportModelException>(() => new ApprovalTrailDocument(sample with { Events = events }).Render());

        Assert.Equal("Step of event 3 is empty.", e.Message);
    }

    [Fact]
    public void A_negative_amount_an_overlong_note_and_an_unsealed_record_are_refused()
    {
        var sample = ApprovalTrailSamples.Project();
        var negative = sample with { Events = [sample.Events[0] with { Amount = Money.FromYuan(-5m) }] };
        var overlong = sample with { Events = [sample.Events[0] with { Note = new string('注', 501) }] };
        var unsealed = sample with { AuditRecords = [sample.AuditRecords![0] with { Sequence = 0 }] };

        Assert.Contains("Amount of event 1 is negative", Assert.Throws<ReportModelException>(() => new ApprovalTrailDocument(negative).Render()).Message, StringComparison.Ordinal);
        Assert.Contains("Note of event 1 is 501 characters", Assert.Throws<ReportModelException>(() => new ApprovalTrailDocument(overlong).Render()).Message, StringComparison.Ordinal);
        Assert.Contains("Sequence of audit record 1", Assert.Throws<ReportModelException>(() => new ApprovalTrailDocument(unsealed).Render()).Message, StringComparison.Ordinal);
    }

    private static string Text(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => Squeeze(p.Text)));
    }

    private static string Squeeze(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
