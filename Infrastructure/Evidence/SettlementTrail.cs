using System.Globalization;
using System.Text.Json;
using Grants.Domain;
using Grants.Domain.Audit;
using Grants.Domain.Settlement;
using Grants.Reports.Evidence;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// A quarter's approval trail: the settlement's steps — opened and drafted, reviewed, confirmed, paid, issued — round by
/// round, with each re-opening, who asked, who agreed and why. The settlement row keeps only its latest round, so the
/// steps are read from the audit trail's records of it (each carries the values it changed); a settlement with no
/// records (made before the trail began) falls back to what its row still says.
/// </summary>
internal static class SettlementTrail
{
    /// <param name="printAudit">Whether the records themselves are printed, for a reader who may read the audit trail.</param>
    /// <param name="county">A county-wide reader: the totals are the county's, not one township's.</param>
    public static ApprovalTrail Build(
        QuarterFacts facts, IReadOnlyList<AuditRecord> audit, bool printAudit, bool county, string generatedBy, DateTimeOffset generatedAt)
    {
        var s = facts.Settlement;
        List<TrailFact> heading =
        [
            new("季度", $"{s.Quarter.ChineseName}（{s.Quarter}）"),
            new("当前轮次", EvidenceText.Round(s.Round)),
            new("状态", EvidenceText.Of(s.Status)),
            new("奖励资金池", facts.AwardPool.Length > 0 ? facts.AwardPool : "—"),
            new(county ? "奖励合计" : "本乡镇奖励合计", EvidenceText.Yuan(facts.Awarded)),
            new(county ? "考核村（社区）" : "本乡镇考核村（社区）", facts.Communities.ToString(CultureInfo.InvariantCulture)),
            new("审核 / 审定", $"{s.ReviewedBy ?? "—"} / {s.ConfirmedBy ?? "—"}"),
            new("输入快照 SHA-256", s.SnapshotHash.Length > 0 ? s.SnapshotHash : "—"),
        ];
        var events = audit.Count > 0 ? FromAudit(audit) : FromRow(s);
        return new ApprovalTrail($"{s.Quarter.ChineseName}以奖代补考核结账审批记录", heading, [.. events],
            printAudit ? [.. audit.Select(r => AuditExcerpt.ToTrail(r, (_, id) => $"季度结账 #{id}"))] : null, generatedBy, generatedAt);
    }

    private static List<TrailEvent> FromAudit(IReadOnlyList<AuditRecord> records)
    {
        var events = new List<TrailEvent>();
        var (round, reason) = (1, (string?)null);
        foreach (var r in records.Where(r => r.Changes is not null))
        {
            using var json = JsonDocument.Parse(r.Changes!);
            var c = new Changes(json.RootElement, r.Action == AuditActions.Added);
            TrailEvent Step(string step, string? by, Money? amount = null, string? note = null) =>
                new(r.At, false, EvidenceText.Round(round), step, Who(by ?? r.Actor), amount, null, note);

            if (r.Action == AuditActions.Added)
            {
                events.Add(Step("开立", c.After("OpenedBy")));
                if (c.After("Status") == nameof(SettlementStatus.Drafted))
                {
                    events.Add(Step("生成草稿", null, c.Yuan("AwardTotal")));
                }

                continue;
            }

            reason = c.After("ReopenReason") ?? reason;
            if (c.Has("ReopenRequestedBy") && c.After("ReopenRequestedBy") is { } asked)
            {
                events.Add(Step("申请重新打开", asked, note: EvidenceText.Clip($"理由：{reason}")));
            }

            if (c.Has("Round") && int.TryParse(c.After("Round"), NumberStyles.None, CultureInfo.InvariantCulture, out var next))
            {
                round = next;
                events.Add(Step("同意重新打开", c.After("ReopenApprovedBy"), note: EvidenceText.Clip($"申请人：{c.After("ReopenedBy") ?? "—"}；理由：{reason}")));
                continue; // its return to a draft is the re-opening itself
            }

            var status = c.Has("Status") ? c.After("Status") : null;
            var step = status switch
            {
                nameof(SettlementStatus.Drafted) => Step("重新生成草稿", null, c.Yuan("AwardTotal")),
                nameof(SettlementStatus.Reviewed) => Step("审核", c.After("ReviewedBy")),
                nameof(SettlementStatus.Confirmed) => Step("确认", c.After("ConfirmedBy")),
                nameof(SettlementStatus.Paid) => Step("奖励拨付完成", null),
                nameof(SettlementStatus.Issued) => Step("文件印发完成", null),
                null when c.Has("DraftedAt") => Step("重新生成草稿", null, c.Yuan("AwardTotal")),
                _ => null,
            };
            if (step is not null)
            {
                events.Add(step);
            }
        }

        return events;
    }

    private static IEnumerable<TrailEvent> FromRow(QuarterSettlement s)
    {
        var round = EvidenceText.Round(s.Round);
        yield return new(s.OpenedAt, false, EvidenceText.Round(1), "开立", Who(s.OpenedBy));
        if (s.Round > 1 && s.ReopenApprovedBy is { } approver)
        {
            yield return new(s.DraftedAt ?? s.OpenedAt, false, round, "同意重新打开", Who(approver), Note: EvidenceText.Clip($"申请人：{s.ReopenedBy ?? "—"}；理由：{s.ReopenReason}"));
        }

        foreach (var (at, step, by) in new (DateTimeOffset?, string, string?)[]
        {
            (s.DraftedAt, "生成草稿", null), (s.ReviewedAt, "审核", s.ReviewedBy), (s.ConfirmedAt, "确认", s.ConfirmedBy),
            (s.PaidAt, "奖励拨付完成", null), (s.IssuedAt, "文件印发完成", null),
        })
        {
            if (at is { } moment)
            {
                yield return new(moment, false, round, step, by is null ? null : Who(by), step == "生成草稿" ? s.AwardTotal : null);
            }
        }

        if (s.ReopenRequestedBy is { } asked)
        {
            yield return new(s.ReopenRequestedAt ?? s.OpenedAt, false, round, "申请重新打开", Who(asked), Note: EvidenceText.Clip($"理由：{s.ReopenReason}"));
        }
    }

    private static string Who(string name) => name.Length <= 64 ? name : name[..64];

    /// <summary>A record's values: every value of an added row, [before, after] of each changed one.</summary>
    private readonly struct Changes(JsonElement root, bool added)
    {
        public bool Has(string name) => root.TryGetProperty(name, out _);

        public string? After(string name) => root.TryGetProperty(name, out var value) ? Text(added ? value : value[1]) : null;

        public Money? Yuan(string name) =>
            decimal.TryParse(After(name), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) ? Money.FromYuan(yuan) : null;

        private static string? Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
