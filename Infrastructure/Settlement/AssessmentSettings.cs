using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Microsoft.Extensions.Configuration;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// The grading rules, under Grants:Assessment — AdvancedThreshold, AdvancedRankLimit (0 = none), EffectiveThreshold,
/// AdvancedAwardYuan, EffectiveAwardYuan, TieBreak (Cascade|SharedRank), Shortfall (Refuse|ProRata) — and per quarter
/// under Grants:Assessment:Quarters:2026Q3:… (a quarter's own values win). DOMAIN.md's defaults otherwise. A wrong
/// value stops start-up naming the key.
/// </summary>
public sealed class AssessmentSettings(IConfiguration configuration)
{
    public const string Section = "Grants:Assessment";

    public static AssessmentSettings Default { get; } = new(new ConfigurationBuilder().Build());

    public GradingRules RulesFor(Quarter quarter)
    {
        var general = configuration.GetSection(Section);
        var own = general.GetSection($"Quarters:{quarter}");
        string? Get(string key) => own[key] is { Length: > 0 } v ? v : general[key] is { Length: > 0 } g ? g : null;
        decimal? Number(string key) => Get(key) is { } text
            ? decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new OperatorException($"{Section}:{key} ({quarter}): '{text}' is not a number.")
            : null;
        T Option<T>(string key, T fallback) where T : struct, Enum => Get(key) is { } text
            ? Enum.TryParse<T>(text, ignoreCase: true, out var value) ? value : throw new OperatorException($"{Section}:{key}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.")
            : fallback;

        var d = GradingRules.Default;
        try
        {
            var limit = Number("AdvancedRankLimit") is { } l ? (l == 0 ? null : (int?)l) : d.AdvancedRankLimit;
            return new GradingRules(
                Number("AdvancedThreshold") ?? d.AdvancedThreshold, limit, Number("EffectiveThreshold") ?? d.EffectiveThreshold,
                Number("AdvancedAwardYuan") is { } a ? Money.FromYuan(a) : d.AdvancedAward,
                Number("EffectiveAwardYuan") is { } e ? Money.FromYuan(e) : d.EffectiveAward,
                Option("TieBreak", d.TieBreak), Option("Shortfall", d.Shortfall));
        }
        catch (DomainRuleException e)
        {
            throw new OperatorException($"{Section} ({quarter}): the grading rules are not valid ({e.Code}).");
        }
    }
}
