using System.Linq.Expressions;

namespace Grants.Web.Shared;

/// <summary>
/// A whitelist of sortable columns for one list. Unknown sort names from the URL fall back to the default
/// column, so a hand-edited query string can never sort by something unintended.
/// </summary>
public sealed class SortColumns<T>(string defaultColumn)
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> columns = new(StringComparer.OrdinalIgnoreCase);

    public SortColumns<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        columns[name] = (query, desc) => desc ? query.OrderByDescending(key) : query.OrderBy(key);
        return this;
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> query, ListQuery list)
    {
        if (list.Sort is null || !columns.TryGetValue(list.Sort, out var sort))
        {
            list.Sort = defaultColumn;
            sort = columns[defaultColumn];
        }

        return sort(query, list.Desc);
    }
}
