using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Shared;

/// <summary>The query string every list page shares: page, page size, sort column and direction, free-text filter.</summary>
public class ListQuery
{
    public const int MaxPageSize = 200;

    [Range(1, int.MaxValue)]
    public int Page { get; set; } = 1;

    [Range(1, MaxPageSize)]
    public int PageSize { get; set; } = 25;

    [StringLength(40)]
    public string? Sort { get; set; }

    public bool Desc { get; set; }

    [StringLength(60)]
    public string? Q { get; set; }

    /// <summary>Past the end shows the last page rather than an empty one.</summary>
    public void ClampTo(int total) => Page = Math.Min(Page, Math.Max(1, (total + PageSize - 1) / PageSize));

    /// <summary>Invalid numbers from the URL fall back to the defaults instead of failing the page.</summary>
    public void Normalize()
    {
        // A page number from the URL can be anything; keep the OFFSET arithmetic far from overflowing.
        Page = Math.Clamp(Page, 1, int.MaxValue / MaxPageSize);
        PageSize = PageSize is < 1 or > MaxPageSize ? 25 : PageSize;
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
    }
}

/// <summary>What the pager needs to know, whatever the row type.</summary>
public interface IPaged
{
    int Page { get; }

    int PageCount { get; }

    int Total { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPaged
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, ListQuery list, CancellationToken ct = default)
    {
        list.Normalize();
        var total = await query.CountAsync(ct);
        list.ClampTo(total);
        var items = await query.Skip((list.Page - 1) * list.PageSize).Take(list.PageSize).ToListAsync(ct);
        return new Paged<T>(items, list.Page, list.PageSize, total);
    }
}
