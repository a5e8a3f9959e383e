using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class RegistrationTests
{
    private static readonly DateOnly Start = new(2026, 4, 1);

    [Fact]
    public void Describing_a_project_in_planning_records_its_details_trimmed()
    {
        var project = new ProjectBuilder().Build();

        project.Describe(" 东风村村委会旁 ", 37, 12, Start, Start.AddDays(90), " 张建国 ");

        Assert.Equal(("东风村村委会旁", "张建国"), (project.Location, project.ResponsiblePerson));
        Assert.Equal((37, 12), (project.SuggestionsCollected, project.SuggestionsMerged));
        Assert.Equal((Start, Start.AddDays(90)), (project.PlannedStart!.Value, project.PlannedEnd!.Value));
        Assert.Equal(1, project.Version);
    }

    [Fact]
    public void A_project_may_start_and_end_on_the_same_day_and_merge_every_suggestion()
    {
        var project = new ProjectBuilder().Build();

        project.Describe("东风村", 5, 5, Start, Start, "张建国");

        Assert.Equal(project.PlannedStart, project.PlannedEnd);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(3, 4)]
    public void Suggestion_counts_that_are_negative_or_merge_more_than_collected_are_refused(int collected, int merged)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new ProjectBuilder().Build().Describe("东风村", collected, merged, Start, Start, "张建国"));

        Assert.Equal("Rule.SuggestionCountsInvalid", refused.Code);
        Assert.Equal("SuggestionsMerged", refused.Field);
    }

    [Fact]
    public void A_planned_end_before_the_planned_start_is_refused_and_nothing_changes()
    {
        var project = new ProjectBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.Describe("东风村", 1, 1, Start, Start.AddDays(-1), "张建国"));

        Assert.Equal("Rule.PlannedEndBeforeStart", refused.Code);
        Assert.Null(project.PlannedStart);
        Assert.Null(project.Location);
    }

    [Theory]
    [InlineData("", "张建国", "Project.Location")]
    [InlineData("东风村", "  ", "Project.ResponsiblePerson")]
    public void A_missing_location_or_responsible_person_is_refused(string location, string person, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new ProjectBuilder().Build().Describe(location, 1, 1, Start, Start, person));

        Assert.Equal(("Rule.NameRequired", field), (refused.Code, refused.Arguments[0]));
    }

    [Fact]
    public void The_details_are_fixed_once_the_public_notice_has_started()
    {
        var project = new ProjectBuilder().In(ProjectStatus.PublicNotice).Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.Describe("东风村", 1, 1, Start, Start, "张建国"));

        Assert.Equal("Rule.ProjectDetailsFixed", refused.Code);
        Assert.Equal("ProjectStatus.PublicNotice", refused.Arguments[0]);
    }
}
