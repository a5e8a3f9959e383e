using Microsoft.AspNetCore.Identity;

namespace Grants.Infrastructure.Identity;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for a township accountant only: the one township whose rows they may see.</summary>
    public int? TownshipId { get; set; }

    /// <summary>A disabled user cannot sign in; their existing cookies stop working at the next stamp check.</summary>
    public bool IsDisabled { get; set; }
}
