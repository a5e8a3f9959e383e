using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Townships;

/// <summary>Init-only rather than positional, so that EF can sort and filter on the projected counts.</summary>
public sealed record TownshipRow
{
    public int Id { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public int Communities { get; init; }

    public int Pilots { get; init; }

    public int Units { get; init; }
}

public sealed record TownshipList(ListQuery Query, Paged<TownshipRow> Rows);

public sealed class TownshipsQuery(GrantsDbContext db)
{
    private static readonly SortColumns<TownshipRow> Sorts = new SortColumns<TownshipRow>("code")
        .Add("code", r => r.Code)
        .Add("name", r => r.Name)
        .Add("communities", r => r.Communities);

    public async Task<TownshipList> ListAsync(ListQuery query, CancellationToken ct)
    {
        query.Normalize();
        var rows = Rows(db);
        if (query.Q is { } q)
        {
            // Codes are kept upper-case (T01), so "t01" finds them without a case-insensitive collation.
            var code = q.ToUpperInvariant();
            rows = rows.Where(r => r.Name.Contains(q) || r.Code.Contains(code));
        }

        var page = await Sorts.Apply(rows, query).ThenBy(r => r.Id).ToPagedAsync(query, ct);
        return new TownshipList(query, page);
    }

    /// <summary>Counts are correlated subqueries, so one SQL statement serves SQLite and PostgreSQL alike.</summary>
    internal static IQueryable<TownshipRow> Rows(GrantsDbContext db) =>
        db.Townships.AsNoTracking().Select(t => new TownshipRow
        {
            Id = t.Id,
            Code = t.Code,
            Name = t.Name,
            Communities = db.Communities.Count(c => c.TownshipId == t.Id),
            Pilots = db.Communities.Count(c => c.TownshipId == t.Id && c.IsPilot),
            Units = db.Units.Count(u => u.Community.TownshipId == t.Id),
        });
}
