using Grants.Domain;

namespace Grants.Reports.Evidence;

/// <summary>
/// 审批记录: what was decided about one project (or one quarter's settlement) and by whom, for an auditor's evidence
/// pack. Flat: the heading as label/value facts, the events in any order (the document prints them in time order), and
/// the audit trail's own records of the same things, with their sequence numbers in the hash chain.
/// </summary>
/// <param name="AuditRecords">Null when the reader may not read the audit trail: the document says it is left out.</param>
public sealed record ApprovalTrail(
    string Title,
    IReadOnlyList<TrailFact> Facts,
    IReadOnlyList<TrailEvent> Events,
    IReadOnlyList<TrailAuditRecord>? AuditRecords,
    string GeneratedBy,
    DateTimeOffset GeneratedAt)
{
    /// <summary>China Standard Time, all year: every time in the document is printed in it.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
}

/// <summary>One line of the heading, e.g. ("乡镇", "城关镇").</summary>
public sealed record TrailFact(string Label, string Value);

/// <summary>
/// One step: a project's lifecycle step, a disbursement request filed, reviewed or paid, a settlement confirmed.
/// </summary>
/// <param name="Subject">What the step is about: "项目", "报账单 #12", "第2轮".</param>
/// <param name="By">Who took it; null when the records do not say (a lifecycle date entered on a form).</param>
/// <param name="DayOnly">Recorded as a day, not a moment (a project's lifecycle dates): printed without the time.</param>
public sealed record TrailEvent(
    DateTimeOffset At, bool DayOnly, string Subject, string Step, string? By, Money? Amount = null, string? Payee = null, string? Note = null)
{
    /// <summary>A step recorded as a day: placed at the start of that day in China, before the day's timed steps.</summary>
    public static TrailEvent OnDay(DateOnly day, string subject, string step, string? by, Money? amount = null, string? payee = null, string? note = null) =>
        new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ApprovalTrail.ChinaOffset), true, subject, step, by, amount, payee, note);
}

/// <summary>A record of the audit trail (审计日志): its place in the chain, when, who, from where, and what it touched.</summary>
/// <param name="Entity">What changed, e.g. "报账单 #12" or "DisbursementRequest 12".</param>
/// <param name="Changed">The names of the values a modification changed; null for other records.</param>
public sealed record TrailAuditRecord(
    long Sequence, DateTimeOffset At, string Actor, string? Address, string Action, string Entity, string Operation, string? Changed);

/// <summary>Refuses a trail that cannot be printed as asked, naming the field and the row.</summary>
internal static class ApprovalTrailCheck
{
    public static void Check(ApprovalTrail trail)
    {
        ArgumentNullException.ThrowIfNull(trail);
        ModelCheck.Text(trail.Title, "Title", 120);
        ModelCheck.Text(trail.GeneratedBy, "GeneratedBy", 64);
        ArgumentNullException.ThrowIfNull(trail.Facts);
        ArgumentNullException.ThrowIfNull(trail.Events);
        for (var i = 0; i < trail.Facts.Count; i++)
        {
            var fact = trail.Facts[i] ?? throw new ReportModelException($"Fact {i + 1} is missing.");
            ModelCheck.Text(fact.Label, "Label", 20, $"fact {i + 1}");
            ModelCheck.Text(fact.Value, "Value", 200, $"fact {i + 1} ({fact.Label})");
        }

        for (var i = 0; i < trail.Events.Count; i++)
        {
            var row = $"event {i + 1}";
            var e = trail.Events[i] ?? throw new ReportModelException($"Event {i + 1} is missing.");
            Moment(e.At, row);
            ModelCheck.Text(e.Subject, "Subject", 40, row);
            ModelCheck.Text(e.Step, "Step", 30, row);
            Optional(e.By, "By", 64, row);
            Optional(e.Payee, "Payee", 100, row);
            Optional(e.Note, "Note", 500, row);
            if (e.Amount is { } amount)
            {
                ModelCheck.NotNegative(amount, "Amount", row);
            }
        }

        var audit = trail.AuditRecords ?? [];
        for (var i = 0; i < audit.Count; i++)
        {
            var r = audit[i] ?? throw new ReportModelException($"Audit record {i + 1} is missing.");
            var row = $"audit record {i + 1}";
            if (r.Sequence <= 0)
            {
                throw new ReportModelException($"Sequence of {row} is {r.Sequence}; the chain starts at 1.");
            }

            Moment(r.At, row);
            ModelCheck.Text(r.Actor, "Actor", 256, row);
            ModelCheck.Text(r.Action, "Action", 40, row);
            ModelCheck.Text(r.Entity, "Entity", 120, row);
            ModelCheck.Text(r.Operation, "Operation", 300, row);
            Optional(r.Address, "Address", 64, row);
            Optional(r.Changed, "Changed", 300, row);
        }
    }

    private static void Moment(DateTimeOffset at, string row)
    {
        if (at == default)
        {
            throw new ReportModelException($"At of {row} is not set.");
        }
    }

    private static void Optional(string? value, string field, int max, string row)
    {
        if (value is not null)
        {
            ModelCheck.Text(value, field, max, row);
        }
    }
}
