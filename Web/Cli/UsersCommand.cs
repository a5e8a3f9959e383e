using System.CommandLine;
using System.Security.Cryptography;
using Grants.Domain;
using Grants.Domain.Users;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Cli;

internal static class UsersCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Role.All), Required = true };
        role.AcceptOnlyFromAmong([.. Role.All]);
        var township = new Option<string?>("--township") { Description = "Township code or name (TownshipAccountant only)" };
        var displayName = new Option<string?>("--display-name") { Description = "Name shown in the UI" };
        var add = new Command("add", "Add a user; the password is read from GRANTS_PASSWORD or generated and printed once")
        {
            name, role, township, displayName,
        };
        add.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            return await host.InScope(async sp =>
            {
                await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                await RoleCatalogue.EnsureAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
                return await AddAsync(sp, result.GetRequiredValue(name), result.GetRequiredValue(role),
                    result.GetValue(township), result.GetValue(displayName), ct);
            });
        });
        var users = new Command("users", "Manage users") { add };
        return users;
    }

    private static async Task<int> AddAsync(
        IServiceProvider sp, string userName, string role, string? townshipKey, string? displayName, CancellationToken ct)
    {
        var db = sp.GetRequiredService<GrantsDbContext>();
        int? townshipId = null;
        if (townshipKey is not null)
        {
            townshipId = await db.Townships.Where(t => t.Code == townshipKey || t.Name == townshipKey).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            if (townshipId is null)
            {
                Console.Error.WriteLine($"No township with code or name '{townshipKey}'.");
                return 1;
            }
        }

        try
        {
            Role.CheckTownship(role, townshipId);
        }
        catch (DomainRuleException e) when (e.Code == "Rule.AccountantNeedsTownship")
        {
            Console.Error.WriteLine("A TownshipAccountant needs --township CODE.");
            return 1;
        }
        catch (DomainRuleException)
        {
            Console.Error.WriteLine("Only a TownshipAccountant has a township.");
            return 1;
        }

        var generated = Environment.GetEnvironmentVariable("GRANTS_PASSWORD") is not { Length: > 0 };
        var password = generated ? NewPassword() : Environment.GetEnvironmentVariable("GRANTS_PASSWORD")!;
        var manager = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = displayName ?? userName, TownshipId = townshipId };
        var created = await manager.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await manager.AddToRoleAsync(user, role);
        }

        if (!created.Succeeded)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        Console.WriteLine($"added {userName} ({role})");
        if (generated)
        {
            Console.WriteLine($"password (shown once, change it after signing in): {password}");
        }

        return 0;
    }

    private static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 14);
        // The fixed tail guarantees the upper, lower, digit and symbol the password rules ask for.
        return $"{body}#{RandomNumberGenerator.GetInt32(10, 99)}Kq";
    }
}
