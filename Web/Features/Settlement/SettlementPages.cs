using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Settlement;

public static class SettlementPages
{
    /// <summary>"2026年第三季度结账" / "Settlement 2026Q3": the quarter in the reader's language.</summary>
    public static string TitleOf(IStringLocalizer text, Quarter quarter) => text["Settlement.TitleOf", quarter.ToString(), quarter.ChineseName];

    /// <summary>A settlement page's title and breadcrumbs: 季度结账 › the quarter › the page (none for the settlement itself).</summary>
    public static void SetSettlementTitle(this ViewDataDictionary viewData, IUrlHelper url, IStringLocalizer text, int id, Quarter quarter, string? pageKey = null)
    {
        var settlement = TitleOf(text, quarter);
        viewData["Title"] = pageKey is null ? settlement : $"{text[pageKey]} · {settlement}";
        var home = new Crumb(text["Settlement.Title"], url.Action("Index", "Settlement"));
        viewData.SetBreadcrumbs(pageKey is null
            ? [home, new Crumb(settlement)]
            : [home, new Crumb(settlement, url.Action("Details", "Settlement", new { id })), new Crumb(text[pageKey])]);
    }

    /// <summary>Scores as the county writes them: up to two decimals, no trailing zeros; a dash where there is none.</summary>
    public static string Score(decimal? points) => points?.ToString("0.##", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>Composite and residents' scores, always with the two decimals they are rounded to.</summary>
    public static string Composite(decimal score) => score.ToString("0.00", CultureInfo.CurrentCulture);

    public static string GradeBadge(Grade grade) => grade switch
    {
        Grade.Advanced => "text-bg-success",
        Grade.Effective => "text-bg-primary",
        _ => "text-bg-dark",
    };

    public static string StatusBadge(SettlementStatus status) => status switch
    {
        SettlementStatus.Issued => "text-bg-success",
        SettlementStatus.Drafted or SettlementStatus.Reviewed => "text-bg-warning",
        _ => "text-bg-info",
    };

    public static string When(DateTimeOffset? at) => at?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
