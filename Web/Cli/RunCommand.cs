using System.CommandLine;
using System.Net;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Seeding;
using Grants.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Grants.Web.Cli;

internal static class RunCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DefaultUrls };
        var noDemo = new Option<bool>("--no-demo") { Description = "Start empty instead of seeding the demo county into a new data folder" };
        var role = new Option<HostRole>("--role") { Description = "all (default), or web / worker to split processes (PostgreSQL only)" };
        var command = new Command("run", "Migrate, seed the demo county into a new data folder, and serve the web app with the job server")
        {
            urls, noDemo, role,
        };
        command.SetAction(async (result, ct) =>
        {
            var hostArgs = CommonOptions.ToHostArgs(result);
            var hostRole = result.GetValue(role);
            var address = result.GetRequiredValue(urls);
            var demo = await PrepareAsync(hostArgs, hostRole, result.GetValue(noDemo), ct);
            if (hostRole == HostRole.Worker)
            {
                using var worker = GrantsHost.BuildWorker(hostArgs);
                Console.WriteLine("grants: job server running; Ctrl+C to stop");
                await worker.RunAsync(ct);
                return 0;
            }

            var app = GrantsHost.BuildWeb([.. hostArgs, $"--urls={address}"], hostRole, AppContext.BaseDirectory);
            await using (app)
            {
                await app.StartAsync(ct);
                PrintWelcome(app, address, hostRole, demo);
                await app.WaitForShutdownAsync(ct);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Checks the options, migrates, seeds a new demo database; says whether the demo sign-ins work.</summary>
    private static async Task<bool> PrepareAsync(string[] hostArgs, HostRole role, bool noDemo, CancellationToken ct)
    {
        using var cli = CliServices.Build(hostArgs);
        GrantsHost.CheckRole(cli.Services.GetRequiredService<GrantsSettings>(), role);
        var production = cli.Services.GetRequiredService<IHostEnvironment>().IsProduction();
        return await cli.InScope(async sp =>
        {
            var migrator = sp.GetRequiredService<DatabaseMigrator>();
            var applied = await migrator.MigrateAsync(ct);
            if (applied.Count > 0)
            {
                Console.WriteLine($"grants: applied migrations {string.Join(", ", applied)}");
            }

            await RoleCatalogue.EnsureAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
            if (await migrator.IsEmptyAsync(ct))
            {
                if (noDemo || production)
                {
                    Console.WriteLine("grants: the database is empty. Add the first administrator with:");
                    Console.WriteLine("  GRANTS_PASSWORD='…12+ characters…' ./grants users add --name admin --role Administrator");
                    return false;
                }

                var progress = new ConsoleProgress("grants: seeding the demo county");
                var seeded = await sp.GetRequiredService<DemoSeeder>().SeedAsync(1, progress, ct);
                progress.Done();
                Console.WriteLine($"grants: demo county ready: {seeded.Townships} townships, {seeded.Communities} communities, {seeded.Units} units");
            }

            var demo = await DemoSignInsWorkAsync(sp.GetRequiredService<UserManager<AppUser>>());
            if (demo && production)
            {
                throw new OperatorException(
                    $"Refused: this Production database still lets '{DemoUsers.All[0].UserName}' sign in with the public demo password. "
                    + "Use a new data folder or database for production.");
            }

            return demo;
        });
    }

    // Only when they really work: a real "admin" with its own password is not a demo sign-in.
    private static async Task<bool> DemoSignInsWorkAsync(UserManager<AppUser> users) =>
        await users.FindByNameAsync(DemoUsers.All[0].UserName) is { } admin && await users.CheckPasswordAsync(admin, DemoUsers.Password);

    private static void PrintWelcome(WebApplication app, string address, HostRole role, bool demo)
    {
        var settings = app.Services.GetRequiredService<GrantsSettings>();
        Console.WriteLine();
        Console.WriteLine($"Grants is running at {address}  ({settings.EngineName}, data in {settings.DataDirectory}, role {role.ToString().ToLowerInvariant()})");
        if (demo)
        {
            Console.WriteLine($"Demo sign-ins (password {DemoUsers.Password}):");
            foreach (var d in DemoUsers.All)
            {
                Console.WriteLine($"  {d.UserName,-12} {d.Role,-19} {d.DisplayName}");
            }

            if (!IsLoopback(address))
            {
                Console.WriteLine($"WARNING: {address} is reachable from other machines, and the demo users' password is public.");
            }
        }

        Console.WriteLine("Ctrl+C to stop.");
    }

    private static bool IsLoopback(string urls) => urls.Split(';').All(url =>
        Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip))));
}
