using Grants.Domain.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Townships;

/// <summary>Localized &lt;option&gt;s and badge colours for the organisation enums; option values are the enum names.</summary>
public static class OrgOptions
{
    public static IEnumerable<SelectListItem> Categories(IStringLocalizer text, CommunityCategory? selected = null) =>
        Of(text, "Category", selected);

    public static IEnumerable<SelectListItem> Tiers(IStringLocalizer text, RolloutTier? selected = null) =>
        Of(text, "Tier", selected);

    public static IEnumerable<SelectListItem> UnitKinds(IStringLocalizer text, UnitKind? selected = null) =>
        Of(text, "UnitKind", selected);

    public static string TierBadge(RolloutTier tier) => tier switch
    {
        RolloutTier.Lead => "text-bg-danger",
        RolloutTier.FastFollow => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    private static IEnumerable<SelectListItem> Of<TEnum>(IStringLocalizer text, string prefix, TEnum? selected)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(text[$"{prefix}.{v}"], v.ToString(), selected is { } s && s.Equals(v)));
}
