using System.Globalization;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Microsoft.Extensions.Configuration;

namespace Grants.Infrastructure;

/// <summary>
/// The county's project rules, configurable under Grants:Projects — MaxIntegratedPercent, MinResidentsPercent,
/// NoticeDays, TrancheAtStartPercent, TrancheBeforeAcceptancePercent, SecondApprovalAboveYuan, CashLimitYuan — each
/// falling back to DOMAIN.md's default.
/// A wrong value stops the program at start-up rather than letting a project be approved under a rule nobody meant.
/// </summary>
public sealed record ProjectRules(CoFinancingRules CoFinancing, TranchePlan Tranches, int NoticeDays)
{
    public DisbursementRules Disbursements { get; init; } = DisbursementRules.Default;

    public const string Section = "Grants:Projects";

    public static ProjectRules Default { get; } = new(CoFinancingRules.Default, TranchePlan.Default, Project.DefaultNoticeDays);

    public static ProjectRules From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        decimal Percent(string key, decimal fallback) => section[key] is { Length: > 0 } text
            ? decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new OperatorException($"{Section}:{key}: '{text}' is not a number.")
            : fallback;

        try
        {
            var coFinancing = new CoFinancingRules(
                Percent("MaxIntegratedPercent", Default.CoFinancing.MaxIntegratedPercent),
                Percent("MinResidentsPercent", Default.CoFinancing.MinResidentsPercent));
            var tranches = new TranchePlan(
                Percent("TrancheAtStartPercent", Default.Tranches.AtStartPercent),
                Percent("TrancheBeforeAcceptancePercent", Default.Tranches.BeforeAcceptancePercent));
            var days = Percent("NoticeDays", Default.NoticeDays);
            var disbursements = new DisbursementRules(
                Yuan(Percent("SecondApprovalAboveYuan", Default.Disbursements.SecondApprovalAbove.Yuan)),
                Yuan(Percent("CashLimitYuan", Default.Disbursements.CashLimit.Yuan)));
            return days is >= 1 and <= 90 && decimal.IsInteger(days)
                ? new ProjectRules(coFinancing, tranches, (int)days) { Disbursements = disbursements }
                : throw new OperatorException($"{Section}:NoticeDays: a public notice lasts 1 to 90 whole days, not {days}.");
        }
        catch (DomainRuleException e)
        {
            throw new OperatorException($"{Section}: the values are not valid ({e.Code}): shares are 0 to 100, the tranche shares may not decrease, amounts are yuan to the fen and not negative.");
        }
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}
