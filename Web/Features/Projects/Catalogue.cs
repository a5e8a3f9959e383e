using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Projects;

/// <summary>
/// The project catalogue (菜单): the lines a project is registered against. The stored value is the Chinese
/// line name the pool receipts also use; the key only translates it on the page.
/// </summary>
public static class Catalogue
{
    public static readonly IReadOnlyList<(string Line, string Key)> Lines =
    [
        ("人居环境整治", "Catalogue.LivingEnvironment"),
        ("村塆道路硬化", "Catalogue.VillageRoads"),
        ("文化活动阵地", "Catalogue.CulturalVenues"),
        ("便民服务设施", "Catalogue.ServiceFacilities"),
        ("产业发展配套", "Catalogue.IndustrySupport"),
        ("公共空间微改造", "Catalogue.PublicSpaces"),
    ];

    public static bool Contains(string? line) => Lines.Any(l => l.Line == line);

    /// <summary>A line outside today's list (older data) is shown as stored.</summary>
    public static string Name(IStringLocalizer localizer, string line) =>
        Lines.FirstOrDefault(l => l.Line == line).Key is { } key ? localizer[key] : line;

    public static IEnumerable<SelectListItem> Options(IStringLocalizer localizer, string? selected = null) =>
        Lines.Select(l => new SelectListItem(localizer[l.Key], l.Line, l.Line == selected));
}
