using Grants.Infrastructure;

namespace Grants.Web.Shared;

public static class ChinaDate
{
    /// <summary>Today in China (UTC+8 all year, no daylight saving): the day a clerk means by "today".</summary>
    public static DateOnly ChinaToday(this TimeProvider clock) => ChinaTime.Today(clock);
}
