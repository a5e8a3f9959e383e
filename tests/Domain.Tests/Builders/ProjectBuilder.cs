using Grants.Domain.Projects;

namespace Grants.Domain.Tests.Builders;

/// <summary>
/// A project in a community of township 1, with the budget a test asks for, moved along the lifecycle to the
/// status it asks for on the dates below (a ten-day notice from 1 March, so approval from 11 March).
/// </summary>
public sealed class ProjectBuilder
{
    public static readonly DateOnly NoticeStart = new(2026, 3, 1);
    public static readonly DateOnly NoticeLastDay = new(2026, 3, 10);
    public static readonly DateOnly ApprovedOn = new(2026, 3, 11);
    public static readonly DateOnly StartedOn = new(2026, 4, 1);
    public static readonly DateOnly AcceptedOn = new(2026, 6, 30);
    public static readonly DateOnly SettledOn = new(2026, 7, 15);
    public static readonly DateOnly ArchivedOn = new(2026, 12, 31);

    private readonly List<Action<Project>> budget = [];
    private ProjectStatus status = ProjectStatus.Planning;

    public ProjectBuilder WithAllocation(decimal yuan) => With(p => p.ReceiveAllocation(Money.FromYuan(yuan)));

    public ProjectBuilder WithDonation(decimal yuan, string receiptNumber = "鄂捐 0000101") =>
        With(p => p.ReceiveDonation("县建筑商会", Money.FromYuan(yuan), new DateOnly(2026, 2, 20), receiptNumber));

    public ProjectBuilder WithSelfFunding(decimal yuan) => With(p => p.PledgeSelfFunding(Money.FromYuan(yuan)));

    public ProjectBuilder WithLabour(decimal personDays, decimal dailyRate) =>
        With(p => p.RecordLabour("村民投工平整场地", personDays, Money.FromYuan(dailyRate)));

    public ProjectBuilder WithMaterials(decimal quantity, decimal unitValue) =>
        With(p => p.RecordMaterials("村民自备砂石", quantity, "立方米", Money.FromYuan(unitValue)));

    /// <summary>¥100,000: integrated 60% (the limit), donation 15%, self-funding 10% and labour 15% (residents 25%).</summary>
    public ProjectBuilder WithCompliantBudget() =>
        WithAllocation(60_000).WithDonation(15_000).WithSelfFunding(10_000).WithLabour(100, 150);

    /// <summary>Moves the project to <paramref name="target"/> by the ordinary steps; needs a compliant budget past the notice.</summary>
    public ProjectBuilder In(ProjectStatus target)
    {
        status = target;
        return this;
    }

    public Project Build()
    {
        var project = new Project(townshipId: 1, communityId: 10, unitId: null, "东风村文化广场", "公共服务设施");
        budget.ForEach(step => step(project));
        Advance(project, status);
        return project;
    }

    private static void Advance(Project project, ProjectStatus target)
    {
        var steps = new (ProjectStatus Reached, Action<Project> Step)[]
        {
            (ProjectStatus.PublicNotice, p => p.StartPublicNotice(NoticeStart)),
            (ProjectStatus.Approved, p => p.Approve(ApprovedOn, "审批人", CoFinancingRules.Default)),
            (ProjectStatus.InProgress, p => p.Start(StartedOn)),
            (ProjectStatus.Accepted, p => p.Accept(new AcceptanceRecord("县农业农村局 王工", "工程质量合格", AcceptedOn))),
            (ProjectStatus.Settled, p => p.Settle(SettledOn)),
            (ProjectStatus.Archived, p => p.Archive(ArchivedOn)),
        };
        foreach (var (reached, step) in steps.Where(s => s.Reached <= target))
        {
            step(project);
        }
    }

    private ProjectBuilder With(Action<Project> step)
    {
        budget.Add(step);
        return this;
    }
}
