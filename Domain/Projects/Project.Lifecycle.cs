namespace Grants.Domain.Projects;

/// <summary>
/// The lifecycle 谋划 → 公示 → 立项 → 实施 → 验收 → 结算 → 归档. Each step is one method that refuses any other
/// starting point with Rule.ProjectTransitionInvalid (from, to), and refuses a date before the step before it.
/// </summary>
public sealed partial class Project
{
    public const int DefaultNoticeDays = 10;

    private readonly List<Objection> objections = [];

    public DateOnly? NoticeStartedOn { get; private set; }

    public int? NoticeDays { get; private set; }

    /// <summary>The last day of the notice window (inclusive); approval is possible from the day after.</summary>
    public DateOnly? NoticeLastDay => NoticeStartedOn?.AddDays(NoticeDays!.Value - 1);

    public DateOnly? ApprovedOn { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    /// <summary>完工: the works are done and await the acceptance; payments may then reach the pre-acceptance cap.</summary>
    public DateOnly? WorksCompletedOn { get; private set; }

    public AcceptanceRecord? Acceptance { get; private set; }

    public DateOnly? SettledOn { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    public IReadOnlyList<Objection> Objections => objections.AsReadOnly();

    public bool HasUnresolvedObjections => objections.Exists(o => !o.IsResolved);

    /// <summary>The co-financing breaches of the budget as it stands: warnings while drafting.</summary>
    public IReadOnlyList<CoFinancingBreach> CoFinancingWarnings(CoFinancingRules rules) =>
        (rules ?? throw new ArgumentNullException(nameof(rules))).Breaches(Budget);

    public void StartPublicNotice(DateOnly on, int days = DefaultNoticeDays)
    {
        EnsureStatus(ProjectStatus.Planning, ProjectStatus.PublicNotice);
        if (days is < 1 or > 90)
        {
            throw new DomainRuleException("Rule.NoticeDaysInvalid", days) { Field = "Days" };
        }

        (NoticeStartedOn, NoticeDays) = (on, days);
        MoveTo(ProjectStatus.PublicNotice);
    }

    /// <summary>Objections are heard from the first day of the notice until the approval, late ones included.</summary>
    public Objection RecordObjection(string text, DateOnly on)
    {
        if (Status != ProjectStatus.PublicNotice)
        {
            throw new DomainRuleException("Rule.ObjectionOutsideNotice", StatusKey(Status));
        }

        EnsureNotBefore(on, NoticeStartedOn);
        var objection = new Objection(Id, objections.Count + 1, text, on);
        objections.Add(objection);
        Version++;
        return objection;
    }

    public void ResolveObjection(int number, string resolution, DateOnly on)
    {
        if (Status != ProjectStatus.PublicNotice)
        {
            throw new DomainRuleException("Rule.ObjectionOutsideNotice", StatusKey(Status));
        }

        var objection = objections.Find(o => o.Number == number) ?? throw new DomainRuleException("Rule.ObjectionNotFound", number);
        objection.Resolve(resolution, on);
        Version++;
    }

    /// <summary>立项: only once the notice window has closed clean and the budget keeps the co-financing rules.</summary>
    public void Approve(DateOnly on, string by, CoFinancingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        EnsureStatus(ProjectStatus.PublicNotice, ProjectStatus.Approved);
        if (on <= NoticeLastDay)
        {
            throw new DomainRuleException("Rule.NoticeWindowOpen", Iso(NoticeLastDay!.Value));
        }

        if (HasUnresolvedObjections)
        {
            throw new DomainRuleException("Rule.ObjectionsUnresolved", objections.Count(o => !o.IsResolved));
        }

        var breaches = rules.Breaches(Budget);
        if (breaches.Count > 0)
        {
            throw breaches[0].ToException();
        }

        ApprovedBy = Text.Require(by, "Project.ApprovedBy", 64);
        ApprovedOn = on;
        MoveTo(ProjectStatus.Approved);
    }

    public void Start(DateOnly on)
    {
        EnsureStatus(ProjectStatus.Approved, ProjectStatus.InProgress);
        EnsureNotBefore(on, ApprovedOn);
        StartedOn = on;
        MoveTo(ProjectStatus.InProgress);
    }

    public void CompleteWorks(DateOnly on)
    {
        if (Status != ProjectStatus.InProgress || WorksCompletedOn is not null)
        {
            throw new DomainRuleException("Rule.WorksCompletionInvalid", StatusKey(Status));
        }

        EnsureNotBefore(on, StartedOn);
        WorksCompletedOn = on;
        Version++;
    }

    /// <summary>验收. Accepting works nobody marked complete records their completion on the inspection day.</summary>
    public void Accept(AcceptanceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        EnsureStatus(ProjectStatus.InProgress, ProjectStatus.Accepted);
        EnsureNotBefore(record.AcceptedOn, WorksCompletedOn ?? StartedOn);
        WorksCompletedOn ??= record.AcceptedOn;
        Acceptance = record;
        MoveTo(ProjectStatus.Accepted);
    }

    public void Settle(DateOnly on)
    {
        EnsureStatus(ProjectStatus.Accepted, ProjectStatus.Settled);
        EnsureNotBefore(on, Acceptance!.AcceptedOn);
        SettledOn = on;
        MoveTo(ProjectStatus.Settled);
    }

    public void Archive(DateOnly on)
    {
        EnsureStatus(ProjectStatus.Settled, ProjectStatus.Archived);
        EnsureNotBefore(on, SettledOn);
        ArchivedOn = on;
        MoveTo(ProjectStatus.Archived);
    }

    private void EnsureStatus(ProjectStatus from, ProjectStatus to)
    {
        if (Status != from)
        {
            throw new DomainRuleException("Rule.ProjectTransitionInvalid", StatusKey(Status), StatusKey(to));
        }
    }

    private void EnsureStatus(ProjectStatus required, string code)
    {
        if (Status != required)
        {
            throw new DomainRuleException(code, StatusKey(Status));
        }
    }

    private static void EnsureNotBefore(DateOnly on, DateOnly? earlier)
    {
        if (on < earlier)
        {
            throw new DomainRuleException("Rule.DateBeforeEarlierStep", Iso(on), Iso(earlier.Value));
        }
    }

    private void MoveTo(ProjectStatus next)
    {
        Status = next;
        Version++;
    }

    /// <summary>A resource key, so the message shows the status in the user's language.</summary>
    private static string StatusKey(ProjectStatus status) => $"ProjectStatus.{status}";
}
