using Microsoft.AspNetCore.Identity;

namespace Grants.Web.Security;

/// <summary>The password and lockout rules, shared by the web app and the CLI so both refuse the same passwords.</summary>
public static class IdentitySetup
{
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequiredUniqueChars = 5;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        o.SignIn.RequireConfirmedAccount = false;
    }

    // OWASP's figure for PBKDF2-HMAC-SHA512; Identity's default is 100,000.
    public static void Configure(PasswordHasherOptions o) => o.IterationCount = 210_000;
}
