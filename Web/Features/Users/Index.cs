using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Users;

/// <summary>The list's query string: paging, sorting and q (user name or display name) plus three filters.</summary>
public sealed class UserListFilter : ListQuery
{
    public string? Role { get; set; }

    public int? Township { get; set; }

    public UserStatus? Status { get; set; }
}

public sealed record UserRow(string Id, string UserName, string DisplayName, string? Role, string? Township, AccountState State);

public sealed record UserListModel(Paged<UserRow> Rows, UserListFilter Filter, IReadOnlyList<TownshipChoice> Townships);

public sealed class UserListQuery(GrantsDbContext db, TimeProvider clock)
{
    // Member-init, not a constructor, so EF can still sort on the projected columns.
    private sealed class Stored
    {
        public required string Id { get; init; }

        public required string UserName { get; init; }

        public required string DisplayName { get; init; }

        public string? Role { get; init; }

        public string? Township { get; init; }

        public bool IsDisabled { get; init; }

        public DateTimeOffset? LockoutEnd { get; init; }
    }

    private static readonly SortColumns<Stored> Sorts = new SortColumns<Stored>("username")
        .Add("username", u => u.UserName)
        .Add("displayname", u => u.DisplayName)
        .Add("role", u => u.Role)
        .Add("township", u => u.Township);

    public async Task<UserListModel> LoadAsync(UserListFilter filter, CancellationToken ct)
    {
        filter.Normalize();
        var users = db.Users.AsNoTracking();
        if (filter.Q is { } q)
        {
            var upper = q.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.Contains(q));
        }

        if (filter.Role is { Length: > 0 } role)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (filter.Township is { } township)
        {
            users = users.Where(u => u.TownshipId == township);
        }

        if (filter.Status is { } wanted)
        {
            users = users.Where(u => u.IsDisabled == (wanted == UserStatus.Disabled));
        }

        var stored = users.Select(u => new Stored
        {
            Id = u.Id,
            UserName = u.UserName!,
            DisplayName = u.DisplayName,
            Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            Township = db.Townships.Where(t => t.Id == u.TownshipId).Select(t => t.Name).FirstOrDefault(),
            IsDisabled = u.IsDisabled,
            LockoutEnd = u.LockoutEnd,
        });

        // SQLite cannot compare DateTimeOffset in SQL, so the lockout part of the status is decided here.
        // A county has tens of accounts, so the filtered list is small enough to page in memory.
        var now = clock.GetUtcNow();
        var rows = (await Sorts.Apply(stored, filter).ToListAsync(ct))
            .Select(u => new UserRow(u.Id, u.UserName, u.DisplayName, u.Role, u.Township, AccountState.Of(u.Id, u.IsDisabled, u.LockoutEnd, now)))
            .Where(u => filter.Status is null || u.State.Status == filter.Status)
            .ToList();
        // Past the end shows the last page, as ToPagedAsync does for lists paged in SQL.
        filter.ClampTo(rows.Count);
        var page = rows.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList();
        var townships = await UserRules.TownshipChoicesAsync(db, ct);
        return new UserListModel(new Paged<UserRow>(page, filter.Page, filter.PageSize, rows.Count), filter, townships);
    }
}
