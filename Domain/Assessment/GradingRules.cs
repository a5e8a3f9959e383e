namespace Grants.Domain.Assessment;

/// <summary>
/// A quarter's grading rules (评定规则), settable per quarter; the defaults are the county's (DOMAIN.md):
/// 先进 advanced from 90 points and within the county's top 10, 成效 effective from 75, awards ¥50,000.00 and
/// ¥20,000.00. A community exactly at a threshold reaches it. Immutable: a change is a new set of rules.
/// </summary>
public sealed record GradingRules
{
    /// <param name="advancedRankLimit">At most this many advanced communities in the county; null for no limit.</param>
    public GradingRules(
        decimal advancedThreshold = 90m,
        int? advancedRankLimit = 10,
        decimal effectiveThreshold = 75m,
        Money? advancedAward = null,
        Money? effectiveAward = null,
        TieBreak tieBreak = TieBreak.Cascade,
        ShortfallPolicy shortfall = ShortfallPolicy.Refuse)
    {
        AdvancedAward = advancedAward ?? Money.FromYuan(50_000m);
        EffectiveAward = effectiveAward ?? Money.FromYuan(20_000m);
        if (effectiveThreshold is < 0m or > 100m || advancedThreshold > 100m || advancedThreshold < effectiveThreshold)
        {
            throw new DomainRuleException("Rule.Assessment.ThresholdsInvalid", Canonical.Number(advancedThreshold), Canonical.Number(effectiveThreshold));
        }

        if (advancedRankLimit is < 1)
        {
            throw new DomainRuleException("Rule.Assessment.RankLimitInvalid", advancedRankLimit.Value);
        }

        if (AdvancedAward.IsNegative || EffectiveAward.IsNegative)
        {
            throw new DomainRuleException("Rule.Assessment.AwardNegative");
        }

        if (!Enum.IsDefined(tieBreak) || !Enum.IsDefined(shortfall))
        {
            throw new DomainRuleException("Rule.Assessment.GradingOptionInvalid");
        }

        (AdvancedThreshold, AdvancedRankLimit, EffectiveThreshold) = (advancedThreshold, advancedRankLimit, effectiveThreshold);
        (TieBreak, Shortfall) = (tieBreak, shortfall);
    }

    public static GradingRules Default { get; } = new();

    public decimal AdvancedThreshold { get; }

    public int? AdvancedRankLimit { get; }

    public decimal EffectiveThreshold { get; }

    public Money AdvancedAward { get; }

    public Money EffectiveAward { get; }

    public TieBreak TieBreak { get; }

    public ShortfallPolicy Shortfall { get; }

    /// <summary>The grade a composite at a rank earns: beyond the rank limit, a 90-point community is effective.</summary>
    public Grade GradeFor(decimal composite, int rank) =>
        composite >= AdvancedThreshold && (AdvancedRankLimit is null || rank <= AdvancedRankLimit) ? Grade.Advanced
        : composite >= EffectiveThreshold ? Grade.Effective
        : Grade.Ordinary;

    public Money AwardFor(Grade grade) => grade switch
    {
        Grade.Advanced => AdvancedAward,
        Grade.Effective => EffectiveAward,
        _ => Money.Zero,
    };

    /// <summary>The rules in canonical form, part of the grading snapshot.</summary>
    internal string CanonicalText() =>
        $"rules advanced>={Canonical.Number(AdvancedThreshold)} rank<={AdvancedRankLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"
        + $" effective>={Canonical.Number(EffectiveThreshold)} award.advanced={AdvancedAward.Fen} award.effective={EffectiveAward.Fen}"
        + $" tiebreak={TieBreak} shortfall={Shortfall}";
}

/// <summary>How communities with the same composite score are ranked.</summary>
public enum TieBreak
{
    /// <summary>
    /// The default: every rank is distinct. Equal composites are ordered by the higher residents' score (绩让民评 first),
    /// then the higher first-criterion share of its maximum, then township code, community name and id (ordinal) —
    /// so the rank limit admits exactly N.
    /// </summary>
    Cascade = 1,

    /// <summary>Equal composites share a rank (1, 2, 2, 4): everyone tied at the rank limit is advanced, so more than N may be.</summary>
    SharedRank = 2,
}

/// <summary>What happens when the award pool holds less than the awards need.</summary>
public enum ShortfallPolicy
{
    /// <summary>The default: grading is refused with both amounts; nothing is decided.</summary>
    Refuse = 1,

    /// <summary>Every award is scaled down so they add up exactly to what the pool holds (Money.Allocate, exact to the fen).</summary>
    ProRata = 2,
}
