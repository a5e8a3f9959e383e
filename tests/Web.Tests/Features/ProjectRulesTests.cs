using Grants.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Grants.Web.Tests.Features;

/// <summary>The county's project rules come from Grants:Projects; a wrong value stops the program instead of being ignored.</summary>
public sealed class ProjectRulesTests
{
    [Fact]
    public void Without_settings_the_rules_are_those_of_the_domain_page()
    {
        var rules = ProjectRules.From(Configuration());
        Assert.Equal((60m, 20m, 30m, 80m, 10), (rules.CoFinancing.MaxIntegratedPercent, rules.CoFinancing.MinResidentsPercent,
            rules.Tranches.AtStartPercent, rules.Tranches.BeforeAcceptancePercent, rules.NoticeDays));
    }

    [Fact]
    public void Each_rule_can_be_set()
    {
        var rules = ProjectRules.From(Configuration(
            ("MaxIntegratedPercent", "50"), ("MinResidentsPercent", "25.5"), ("TrancheAtStartPercent", "40"), ("TrancheBeforeAcceptancePercent", "70"), ("NoticeDays", "7")));
        Assert.Equal((50m, 25.5m, 40m, 70m, 7), (rules.CoFinancing.MaxIntegratedPercent, rules.CoFinancing.MinResidentsPercent,
            rules.Tranches.AtStartPercent, rules.Tranches.BeforeAcceptancePercent, rules.NoticeDays));
    }

    [Theory]
    [InlineData("MaxIntegratedPercent", "120", "values are not valid")]
    [InlineData("MaxIntegratedPercent", "sixty", "'sixty' is not a number")]
    [InlineData("TrancheAtStartPercent", "90", "tranche shares may not decrease")]
    [InlineData("NoticeDays", "0", "1 to 90 whole days")]
    [InlineData("NoticeDays", "7.5", "1 to 90 whole days")]
    public void A_wrong_value_is_refused_with_its_key(string key, string value, string expected)
    {
        var e = Assert.Throws<OperatorException>(() => ProjectRules.From(Configuration((key, value))));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("Grants:Projects", e.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(v => KeyValuePair.Create<string, string?>($"{ProjectRules.Section}:{v.Key}", v.Value)))
        .Build();
}
