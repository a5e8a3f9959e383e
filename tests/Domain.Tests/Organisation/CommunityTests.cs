using Grants.Domain.Organisation;

namespace Grants.Domain.Tests.Organisation;

public sealed class CommunityTests
{
    private static Community NewCommunity(string name = "东风村") =>
        new(1, name, CommunityCategory.FarmingVillage, isPilot: false, RolloutTier.Groundwork);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_community_without_a_township_is_refused(int townshipId)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            new Community(townshipId, "东风村", CommunityCategory.FarmingVillage, false, RolloutTier.Lead));

        Assert.Equal("Rule.TownshipRequired", refused.Code);
    }

    [Fact]
    public void A_new_community_keeps_what_it_was_given_with_the_name_trimmed()
    {
        var community = new Community(3, " 红旗社区 ", CommunityCategory.UrbanCentre, isPilot: true, RolloutTier.Lead);

        Assert.Equal(3, community.TownshipId);
        Assert.Equal("红旗社区", community.Name);
        Assert.Equal(CommunityCategory.UrbanCentre, community.Category);
        Assert.True(community.IsPilot);
        Assert.Equal(RolloutTier.Lead, community.Tier);
    }

    [Fact]
    public void A_blank_name_is_refused_naming_the_community_name_field()
    {
        var refused = Assert.Throws<DomainRuleException>(() => NewCommunity("\t"));

        Assert.Equal("Rule.NameRequired", refused.Code);
        Assert.Equal(["Community.Name"], refused.Arguments);
    }

    [Fact]
    public void An_undefined_category_is_refused_and_the_old_classification_stays()
    {
        var community = NewCommunity();

        var refused = Assert.Throws<DomainRuleException>(() => community.Classify((CommunityCategory)99, RolloutTier.Lead));

        Assert.Equal("Rule.CategoryInvalid", refused.Code);
        Assert.Equal(CommunityCategory.FarmingVillage, community.Category);
        Assert.Equal(RolloutTier.Groundwork, community.Tier);
    }

    [Fact]
    public void An_undefined_rollout_tier_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            new Community(1, "东风村", CommunityCategory.FarmingVillage, false, (RolloutTier)0));

        Assert.Equal("Rule.TierInvalid", refused.Code);
    }

    [Fact]
    public void Marking_a_pilot_and_reclassifying_change_the_community()
    {
        var community = NewCommunity();

        community.MarkPilot(true);
        community.Classify(CommunityCategory.NaturalHamlet, RolloutTier.FastFollow);

        Assert.True(community.IsPilot);
        Assert.Equal(CommunityCategory.NaturalHamlet, community.Category);
        Assert.Equal(RolloutTier.FastFollow, community.Tier);
    }

    [Fact]
    public void Units_are_added_under_the_community_with_their_kind()
    {
        var community = NewCommunity();

        var unit = community.AddUnit(" 张家塆 ", UnitKind.Hamlet);

        Assert.Same(community, unit.Community);
        Assert.Equal("张家塆", unit.Name);
        Assert.Equal(UnitKind.Hamlet, unit.Kind);
        Assert.Equal([unit], community.Units);
    }

    [Fact]
    public void A_second_unit_with_the_same_name_after_trimming_is_refused()
    {
        var community = NewCommunity();
        community.AddUnit("张家塆", UnitKind.Hamlet);

        var refused = Assert.Throws<DomainRuleException>(() => community.AddUnit("  张家塆", UnitKind.ResidentGroup));

        Assert.Equal("Rule.UnitNameTaken", refused.Code);
        Assert.Equal(["张家塆"], refused.Arguments);
        Assert.Single(community.Units);
    }

    [Fact]
    public void An_undefined_unit_kind_is_refused_and_no_unit_is_added()
    {
        var community = NewCommunity();

        var refused = Assert.Throws<DomainRuleException>(() => community.AddUnit("张家塆", (UnitKind)7));

        Assert.Equal("Rule.UnitKindInvalid", refused.Code);
        Assert.Empty(community.Units);
    }

    [Fact]
    public void A_unit_cannot_be_renamed_to_a_blank_name()
    {
        var community = NewCommunity();
        var unit = community.AddUnit("张家塆", UnitKind.Hamlet);

        var refused = Assert.Throws<DomainRuleException>(() => community.RenameUnit(unit, " "));

        Assert.Equal(["Unit.Name"], refused.Arguments);
        Assert.Equal("张家塆", unit.Name);
    }

    [Fact]
    public void A_refused_unit_name_names_the_name_field()
    {
        var community = NewCommunity();
        community.AddUnit("张家塆", UnitKind.Hamlet);

        var refused = Assert.Throws<DomainRuleException>(() => community.AddUnit("张家塆", UnitKind.Hamlet));

        Assert.Equal(nameof(Unit.Name), refused.Field);
    }

    [Fact]
    public void Renaming_a_unit_to_a_sibling_s_name_is_refused_and_the_old_name_stays()
    {
        var community = NewCommunity();
        community.AddUnit("张家塆", UnitKind.Hamlet);
        var unit = community.AddUnit("李家塆", UnitKind.Hamlet);

        var refused = Assert.Throws<DomainRuleException>(() => community.RenameUnit(unit, " 张家塆 "));

        Assert.Equal("Rule.UnitNameTaken", refused.Code);
        Assert.Equal(["张家塆"], refused.Arguments);
        Assert.Equal(nameof(Unit.Name), refused.Field);
        Assert.Equal("李家塆", unit.Name);
    }

    [Fact]
    public void A_unit_keeps_its_own_name_or_takes_a_free_one_trimmed()
    {
        var community = NewCommunity();
        community.AddUnit("张家塆", UnitKind.Hamlet);
        var unit = community.AddUnit("李家塆", UnitKind.Hamlet);

        community.RenameUnit(unit, "李家塆");
        Assert.Equal("李家塆", unit.Name);

        community.RenameUnit(unit, " 王家塆 ");
        Assert.Equal("王家塆", unit.Name);
    }

    [Fact]
    public void Another_community_s_unit_cannot_be_renamed_through_this_one()
    {
        var stranger = NewCommunity("西湖村").AddUnit("张家塆", UnitKind.Hamlet);
        var community = NewCommunity();

        Assert.Throws<InvalidOperationException>(() => community.RenameUnit(stranger, "李家塆"));

        Assert.Equal("张家塆", stranger.Name);
    }
}
