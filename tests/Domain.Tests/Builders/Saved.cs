using System.Globalization;
using System.Reflection;

namespace Grants.Domain.Tests.Builders;

/// <summary>
/// Ids are assigned by the database, and some rules only hold for saved rows (a carry forward names the next pool,
/// a reversal names the entry it reverses, a posting names its movement). Without a database, a test gives the
/// row the Id the database would have, through the private setter, the way EF Core does.
/// </summary>
public static class Saved
{
    public static T AsSaved<T>(this T entity, long id)
        where T : class
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id.");
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType, CultureInfo.InvariantCulture));
        return entity;
    }
}
