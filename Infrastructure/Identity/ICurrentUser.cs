namespace Grants.Infrastructure.Identity;

/// <summary>Who is acting. Background jobs and the CLI act county-wide as the system.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? UserName { get; }

    /// <summary>
    /// The township the user is confined to, or null for county-wide roles.
    /// A township accountant with no township gets <see cref="NoTownship"/>, which matches no row.
    /// </summary>
    int? TownshipScope { get; }

    public const int NoTownship = -1;
}

public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public string? UserName => "system";

    public int? TownshipScope => null;
}
