using System.Globalization;
using Grants.Domain;
using Grants.Reports.Layout;
using PdfSharp.Drawing;

namespace Grants.Reports.Evidence;

/// <summary>
/// The approval trail (审批记录) on landscape A4: the heading's facts, then every step in time order (who, when in
/// China time, amount, payee, comment or bank reference), then the audit trail's records of the same things. Both
/// tables repeat their header row on every page; every page after the first carries the title, and "第 n 页 共 N 页".
/// </summary>
public sealed class ApprovalTrailDocument(ApprovalTrail trail)
{
    public const string EventsHeading = "一、审批事项";
    public const string AuditHeading = "二、审计日志";
    public const string AuditLeftOut = "（本证据包不含审计日志：审计日志仅供审计人员、系统管理员查阅）";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public byte[] Render()
    {
        ApprovalTrailCheck.Check(trail);
        var page = PageSetup.A4(15, landscape: true);
        var document = new FlowDocument(page) { Title = trail.Title, Author = trail.GeneratedBy, Decoration = Decorate };
        return document.Render(
        [
            new Paragraph(trail.Title, TextStyle.Strong(16)) { Align = Align.Center, SpaceAfter = 6 },
            .. Facts(),
            new SplitLine($"生成：{trail.GeneratedBy}　{Time(trail.GeneratedAt)}", "时间均为北京时间；金额单位：元", TextStyle.Body(9)),
            new Spacer(6),
            Heading(EventsHeading),
            Events(page.ContentWidth),
            new Spacer(10),
            Heading($"{AuditHeading}（防篡改哈希链中的记录，可按序号在审计页面核验）"),
            Audit(page.ContentWidth),
            new Spacer(6),
            new Paragraph("注：报账单各步骤所列金额、收款人为报账单的现值；此前的修改见审计日志。", TextStyle.Body(8) with { Leading = 11 }),
        ]);
    }

    private IEnumerable<Block> Facts()
    {
        // Two facts a line: the heading stays short however many facts the subject has.
        for (var i = 0; i < trail.Facts.Count; i += 2)
        {
            var line = string.Join("　　", trail.Facts.Skip(i).Take(2).Select(f => $"{f.Label}：{f.Value}"));
            yield return new Paragraph(line, TextStyle.Body(10)) { SpaceAfter = 2 };
        }
    }

    private static Paragraph Heading(string text) => new(text, TextStyle.Strong(11)) { SpaceAfter = 4, KeepWithNext = true };

    private Block Events(double width)
    {
        List<TableColumn> columns =
        [
            new("序号", 28, Align.Right), new("时间", 86), new("对象", 66), new("事项", 72), new("经办/审批人", 66),
            new("金额", 78, Align.Right), new("收款人", 104),
        ];
        columns.Add(new("说明 / 银行流水号", Math.Floor(width - columns.Sum(c => c.Width))));
        if (trail.Events.Count == 0)
        {
            return new Paragraph("（无审批事项）", TextStyle.Body(9));
        }

        // Stable: steps of the same moment keep the order they were given in.
        var rows = trail.Events.OrderBy(e => e.At).Select((e, i) => new TableRow(
        [
            (i + 1).ToString(Invariant), e.DayOnly ? Day(e.At) : Time(e.At), e.Subject, e.Step, e.By ?? "—",
            e.Amount is { } amount ? Amount(amount) : "", e.Payee ?? "", e.Note ?? "",
        ]));
        return new TableBlock(columns, rows.ToList());
    }

    private Block Audit(double width)
    {
        List<TableColumn> columns =
        [
            new("链序号", 46, Align.Right), new("时间", 86), new("操作人", 64), new("来源地址", 80), new("动作", 40),
            new("对象", 110), new("操作", 160),
        ];
        columns.Add(new("变更字段", Math.Floor(width - columns.Sum(c => c.Width))));
        if (trail.AuditRecords is null)
        {
            return new Paragraph(AuditLeftOut, TextStyle.Body(9));
        }

        if (trail.AuditRecords.Count == 0)
        {
            return new Paragraph("（审计日志中没有相关记录）", TextStyle.Body(9));
        }

        var rows = trail.AuditRecords.OrderBy(r => r.Sequence).Select(r => new TableRow(
        [
            r.Sequence.ToString(Invariant), Time(r.At), r.Actor, r.Address ?? "—", r.Action, r.Entity, r.Operation, r.Changed ?? "",
        ]));
        return new TableBlock(columns, rows.ToList());
    }

    private void Decorate(Canvas canvas, PageSetup page, int number, int count)
    {
        PageNumbers.OfTotal(canvas, page, number, count);
        if (number > 1)
        {
            var style = TextStyle.Body(8);
            canvas.Line($"{trail.Title}（续）", style, new XRect(page.Left, page.Top - 16, page.ContentWidth, style.LineHeight), Align.Left);
        }
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(ApprovalTrail.ChinaOffset).ToString("yyyy-MM-dd HH:mm", Invariant);

    private static string Day(DateTimeOffset at) => at.ToOffset(ApprovalTrail.ChinaOffset).ToString("yyyy-MM-dd", Invariant);

    private static string Amount(Money amount) => amount.Yuan.ToString("#,##0.00", Invariant);
}
