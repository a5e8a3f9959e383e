using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class LifecycleTests
{
    private static readonly AcceptanceRecord Inspection = new("县农业农村局 王工", "工程质量合格", ProjectBuilder.AcceptedOn);

    /// <summary>Each step: the status it starts from, the status it reaches, and the call with a date that fits.</summary>
    private static readonly Dictionary<string, (ProjectStatus From, ProjectStatus To, Action<Project> Move)> Steps = new()
    {
        ["StartPublicNotice"] = (ProjectStatus.Planning, ProjectStatus.PublicNotice, p => p.StartPublicNotice(ProjectBuilder.NoticeStart)),
        ["Approve"] = (ProjectStatus.PublicNotice, ProjectStatus.Approved, p => p.Approve(ProjectBuilder.ApprovedOn, "审批人", CoFinancingRules.Default)),
        ["Start"] = (ProjectStatus.Approved, ProjectStatus.InProgress, p => p.Start(ProjectBuilder.StartedOn)),
        ["Accept"] = (ProjectStatus.InProgress, ProjectStatus.Accepted, p => p.Accept(Inspection)),
        ["Settle"] = (ProjectStatus.Accepted, ProjectStatus.Settled, p => p.Settle(ProjectBuilder.SettledOn)),
        ["Archive"] = (ProjectStatus.Settled, ProjectStatus.Archived, p => p.Archive(ProjectBuilder.ArchivedOn)),
    };

    public static TheoryData<string> ValidSteps() => new(Steps.Keys);

    public static TheoryData<string, ProjectStatus> InvalidSteps()
    {
        var data = new TheoryData<string, ProjectStatus>();
        foreach (var (name, step) in Steps)
        {
            foreach (var status in Enum.GetValues<ProjectStatus>().Where(s => s != step.From))
            {
                data.Add(name, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidSteps))]
    public void Each_step_moves_the_project_from_its_status_to_the_next_and_bumps_the_version(string name)
    {
        var (from, to, move) = Steps[name];
        var project = new ProjectBuilder().WithCompliantBudget().In(from).Build();
        var version = project.Version;

        move(project);

        Assert.Equal(to, project.Status);
        Assert.Equal(version + 1, project.Version);
    }

    [Theory]
    [MemberData(nameof(InvalidSteps))]
    public void A_step_from_any_other_status_is_refused_naming_from_and_to(string name, ProjectStatus status)
    {
        var (_, to, move) = Steps[name];
        var project = new ProjectBuilder().WithCompliantBudget().In(status).Build();
        var version = project.Version;

        var refused = Assert.Throws<DomainRuleException>(() => move(project));

        Assert.Equal("Rule.ProjectTransitionInvalid", refused.Code);
        Assert.Equal(new object[] { $"ProjectStatus.{status}", $"ProjectStatus.{to}" }, refused.Arguments);
        Assert.Equal((status, version), (project.Status, project.Version));
    }

    [Fact]
    public void Walking_the_whole_lifecycle_records_the_date_of_each_step()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Archived).Build();

        Assert.Equal(ProjectBuilder.NoticeStart, project.NoticeStartedOn);
        Assert.Equal((ProjectBuilder.ApprovedOn, "审批人"), (project.ApprovedOn!.Value, project.ApprovedBy));
        Assert.Equal(ProjectBuilder.StartedOn, project.StartedOn);
        Assert.Equal(Inspection, project.Acceptance);
        Assert.Equal(ProjectBuilder.SettledOn, project.SettledOn);
        Assert.Equal(ProjectBuilder.ArchivedOn, project.ArchivedOn);
    }

    [Fact]
    public void Starting_before_the_approval_date_is_refused()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Approved).Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.Start(ProjectBuilder.ApprovedOn.AddDays(-1)));

        Assert.Equal("Rule.DateBeforeEarlierStep", refused.Code);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void Accepting_before_the_works_started_is_refused() =>
        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build()
                .Accept(new AcceptanceRecord("王工", "合格", ProjectBuilder.StartedOn.AddDays(-1)))).Code);

    [Fact]
    public void Settling_before_the_acceptance_or_archiving_before_the_settlement_is_refused()
    {
        var accepted = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Accepted).Build();
        var settled = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Settled).Build();

        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() => accepted.Settle(ProjectBuilder.AcceptedOn.AddDays(-1))).Code);
        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() => settled.Archive(ProjectBuilder.SettledOn.AddDays(-1))).Code);
    }

    [Fact]
    public void Completing_the_works_is_recorded_once_while_in_progress()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build();

        project.CompleteWorks(new DateOnly(2026, 6, 1));

        Assert.Equal(new DateOnly(2026, 6, 1), project.WorksCompletedOn);
        Assert.Equal("Rule.WorksCompletionInvalid", Assert.Throws<DomainRuleException>(() => project.CompleteWorks(new DateOnly(2026, 6, 2))).Code);
    }

    [Theory]
    [InlineData(ProjectStatus.Approved)]
    [InlineData(ProjectStatus.Accepted)]
    public void Completing_the_works_outside_progress_is_refused(ProjectStatus status) =>
        Assert.Equal("Rule.WorksCompletionInvalid", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().WithCompliantBudget().In(status).Build().CompleteWorks(ProjectBuilder.AcceptedOn)).Code);

    [Fact]
    public void Completing_the_works_before_they_started_is_refused() =>
        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build().CompleteWorks(ProjectBuilder.StartedOn.AddDays(-1))).Code);

    [Fact]
    public void Accepting_works_nobody_marked_complete_records_their_completion_on_the_inspection_day()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Accepted).Build();

        Assert.Equal(ProjectBuilder.AcceptedOn, project.WorksCompletedOn);
    }

    [Fact]
    public void Accepting_before_the_recorded_completion_is_refused()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build();
        project.CompleteWorks(new DateOnly(2026, 6, 1));

        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() =>
            project.Accept(new AcceptanceRecord("王工", "合格", new DateOnly(2026, 5, 31)))).Code);
    }

    [Theory]
    [InlineData("", "合格", "Acceptance.Inspector")]
    [InlineData("王工", " ", "Acceptance.Findings")]
    public void An_acceptance_record_without_inspector_or_findings_is_refused(string inspector, string findings, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new AcceptanceRecord(inspector, findings, ProjectBuilder.AcceptedOn));

        Assert.Equal(("Rule.NameRequired", field), (refused.Code, refused.Arguments[0]));
    }

    [Fact]
    public void Approving_without_naming_the_approver_is_refused()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.PublicNotice).Build();

        Assert.Equal("Rule.NameRequired", Assert.Throws<DomainRuleException>(() => project.Approve(ProjectBuilder.ApprovedOn, " ", CoFinancingRules.Default)).Code);
        Assert.Equal(ProjectStatus.PublicNotice, project.Status);
    }
}
