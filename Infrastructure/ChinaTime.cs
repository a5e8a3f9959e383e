namespace Grants.Infrastructure;

/// <summary>Dates as the county means them: China is UTC+8 all year, with no daylight saving.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
