using Grants.Domain.Ledger;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Pools;

public static class PoolOptions
{
    public static IEnumerable<SelectListItem> Levels(IStringLocalizer text) =>
        Enum.GetValues<FundingLevel>().Select(l => new SelectListItem(text[$"FundingLevel.{l}"], l.ToString()));

    /// <summary>
    /// Today in China (UTC+8 all year, no daylight saving) when it falls in the pool's year; otherwise the nearest
    /// day of that year, so the form starts with a date the pool accepts.
    /// </summary>
    public static DateOnly DefaultDate(TimeProvider clock, int fiscalYear)
    {
        var today = clock.ChinaToday();
        return today.Year == fiscalYear ? today
            : today.Year > fiscalYear ? new DateOnly(fiscalYear, 12, 31)
            : new DateOnly(fiscalYear, 1, 1);
    }
}
