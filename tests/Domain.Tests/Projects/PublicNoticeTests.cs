using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class PublicNoticeTests
{
    private static Project InNotice() => new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.PublicNotice).Build();

    [Fact]
    public void A_public_notice_lasts_ten_days_by_default_counting_its_first_day()
    {
        var project = InNotice();

        Assert.Equal((ProjectBuilder.NoticeStart, 10), (project.NoticeStartedOn!.Value, project.NoticeDays!.Value));
        Assert.Equal(ProjectBuilder.NoticeLastDay, project.NoticeLastDay);
    }

    [Fact]
    public void A_public_notice_can_run_for_another_number_of_days()
    {
        var project = new ProjectBuilder().WithCompliantBudget().Build();

        project.StartPublicNotice(ProjectBuilder.NoticeStart, days: 7);

        Assert.Equal(new DateOnly(2026, 3, 7), project.NoticeLastDay);
        project.Approve(new DateOnly(2026, 3, 8), "审批人", CoFinancingRules.Default);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(91)]
    public void A_notice_of_no_days_or_more_than_ninety_is_refused(int days)
    {
        var project = new ProjectBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.StartPublicNotice(ProjectBuilder.NoticeStart, days));

        Assert.Equal(("Rule.NoticeDaysInvalid", "Days"), (refused.Code, refused.Field));
        Assert.Equal(ProjectStatus.Planning, project.Status);
    }

    [Theory]
    [InlineData(2026, 3, 1)]
    [InlineData(2026, 3, 10)]
    public void Approving_while_the_notice_window_is_open_is_refused_naming_its_last_day(int year, int month, int day)
    {
        var project = InNotice();

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(new DateOnly(year, month, day), "审批人", CoFinancingRules.Default));

        Assert.Equal(("Rule.NoticeWindowOpen", (object)"2026-03-10"), (refused.Code, refused.Arguments[0]));
        Assert.Equal(ProjectStatus.PublicNotice, project.Status);
    }

    [Fact]
    public void An_objection_during_the_notice_is_numbered_and_open()
    {
        var project = InNotice();

        var first = project.RecordObjection("广场占用了耕地", new DateOnly(2026, 3, 3));
        var second = project.RecordObjection("工期与农忙冲突", new DateOnly(2026, 3, 4));

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.False(first.IsResolved);
        Assert.True(project.HasUnresolvedObjections);
    }

    [Fact]
    public void Approving_while_an_objection_is_unresolved_is_refused_naming_how_many()
    {
        var project = InNotice();
        project.RecordObjection("广场占用了耕地", new DateOnly(2026, 3, 3));
        project.RecordObjection("工期与农忙冲突", new DateOnly(2026, 3, 4));
        project.ResolveObjection(1, "经核实为集体建设用地", new DateOnly(2026, 3, 5));

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(ProjectBuilder.ApprovedOn, "审批人", CoFinancingRules.Default));

        Assert.Equal(("Rule.ObjectionsUnresolved", (object)1), (refused.Code, refused.Arguments[0]));
    }

    [Fact]
    public void Once_every_objection_is_resolved_the_project_can_be_approved_after_the_window()
    {
        var project = InNotice();
        project.RecordObjection("广场占用了耕地", new DateOnly(2026, 3, 3));

        project.ResolveObjection(1, "经核实为集体建设用地", new DateOnly(2026, 3, 5));
        project.Approve(ProjectBuilder.ApprovedOn, "审批人", CoFinancingRules.Default);

        var objection = Assert.Single(project.Objections);
        Assert.Equal(("经核实为集体建设用地", new DateOnly(2026, 3, 5)), (objection.Resolution, objection.ResolvedOn!.Value));
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void A_late_objection_after_the_window_but_before_approval_still_blocks_the_approval()
    {
        var project = InNotice();

        project.RecordObjection("迟到的异议", ProjectBuilder.ApprovedOn);

        Assert.Equal("Rule.ObjectionsUnresolved", Assert.Throws<DomainRuleException>(() => project.Approve(ProjectBuilder.ApprovedOn, "审批人", CoFinancingRules.Default)).Code);
    }

    [Theory]
    [InlineData(ProjectStatus.Planning)]
    [InlineData(ProjectStatus.Approved)]
    [InlineData(ProjectStatus.Archived)]
    public void Objections_outside_the_notice_are_refused(ProjectStatus status)
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(status).Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.RecordObjection("异议", ProjectBuilder.ApprovedOn));

        Assert.Equal(("Rule.ObjectionOutsideNotice", (object)$"ProjectStatus.{status}"), (refused.Code, refused.Arguments[0]));
        Assert.Equal("Rule.ObjectionOutsideNotice", Assert.Throws<DomainRuleException>(() => project.ResolveObjection(1, "处理", ProjectBuilder.ApprovedOn)).Code);
    }

    [Fact]
    public void An_objection_dated_before_the_notice_started_is_refused() =>
        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() => InNotice().RecordObjection("异议", ProjectBuilder.NoticeStart.AddDays(-1))).Code);

    [Fact]
    public void Resolving_an_unknown_objection_or_one_already_resolved_is_refused()
    {
        var project = InNotice();
        project.RecordObjection("异议", new DateOnly(2026, 3, 3));
        project.ResolveObjection(1, "已答复", new DateOnly(2026, 3, 4));

        Assert.Equal("Rule.ObjectionNotFound", Assert.Throws<DomainRuleException>(() => project.ResolveObjection(2, "处理", new DateOnly(2026, 3, 5))).Code);
        Assert.Equal("Rule.ObjectionAlreadyResolved", Assert.Throws<DomainRuleException>(() => project.ResolveObjection(1, "再答复", new DateOnly(2026, 3, 5))).Code);
        Assert.Equal("已答复", project.Objections[0].Resolution);
    }

    [Fact]
    public void Resolving_before_the_objection_was_raised_or_without_a_resolution_is_refused()
    {
        var project = InNotice();
        project.RecordObjection("异议", new DateOnly(2026, 3, 3));

        Assert.Equal("Rule.DateBeforeEarlierStep", Assert.Throws<DomainRuleException>(() => project.ResolveObjection(1, "处理", new DateOnly(2026, 3, 2))).Code);
        Assert.Equal("Rule.NameRequired", Assert.Throws<DomainRuleException>(() => project.ResolveObjection(1, " ", new DateOnly(2026, 3, 4))).Code);
        Assert.True(project.HasUnresolvedObjections);
    }
}
