using System.CommandLine;
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
            await PrepareAsync(hostArgs, result.GetValue(noDemo), ct);
            if (hostRole == HostRole.Worker)
            {
                using var worker = GrantsHost.BuildWorker(hostArgs);
                Console.WriteLine("grants: job server running; Ctrl+C to stop");
                await worker.RunAsync(ct);
                return 0;
            }

            var address = result.GetRequiredValue(urls);
            var app = GrantsHost.BuildWeb([.. hostArgs, $"--urls={address}"], hostRole, AppContext.BaseDirectory);
            await using (app)
            {
                await app.StartAsync(ct);
                await PrintWelcomeAsync(app, address, hostRole);
                await app.WaitForShutdownAsync(ct);
            }

            return 0;
        });
        return command;
    }

    private static async Task PrepareAsync(string[] hostArgs, bool noDemo, CancellationToken ct)
    {
        using var cli = CliServices.Build(hostArgs);
        var production = cli.Services.GetRequiredService<IHostEnvironment>().IsProduction();
        await cli.InScope(async sp =>
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
                }
                else
                {
                    var progress = new ConsoleProgress("grants: seeding the demo county");
                    var seeded = await sp.GetRequiredService<DemoSeeder>().SeedAsync(1, progress, ct);
                    progress.Done();
                    Console.WriteLine($"grants: demo county ready: {seeded.Townships} townships, {seeded.Communities} communities, {seeded.Units} units");
                }
            }

            return 0;
        });
    }

    private static async Task PrintWelcomeAsync(WebApplication app, string address, HostRole role)
    {
        var settings = app.Services.GetRequiredService<GrantsSettings>();
        Console.WriteLine();
        Console.WriteLine($"Grants is running at {address}  ({settings.EngineName}, data in {settings.DataDirectory}, role {role.ToString().ToLowerInvariant()})");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        // The demo sign-ins are printed only when they really work: a real "admin" with its own password says nothing.
        if (await users.FindByNameAsync(DemoUsers.All[0].UserName) is { } admin && await users.CheckPasswordAsync(admin, DemoUsers.Password))
        {
            Console.WriteLine(app.Environment.IsProduction()
                ? "WARNING: this Production database holds the demo users and their public password."
                : $"Demo sign-ins (password {DemoUsers.Password}):");
            foreach (var d in DemoUsers.All)
            {
                Console.WriteLine($"  {d.UserName,-12} {d.Role,-19} {d.DisplayName}");
            }
        }

        Console.WriteLine("Ctrl+C to stop.");
    }
}
