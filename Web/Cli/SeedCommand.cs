using System.CommandLine;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Seeding;

namespace Grants.Web.Cli;

internal static class SeedCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Seed the demo county (required; it is the only seed for now)" };
        var scale = new Option<int>("--scale") { Description = "Multiply the county N times for load tests", DefaultValueFactory = _ => 1 };
        scale.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--scale must be between 1 and 1000");
            }
        });
        var command = new Command("seed", "Fill a new, empty database with the demo county") { demo, scale };
        command.SetAction(async (result, ct) =>
        {
            if (!result.GetValue(demo))
            {
                Console.Error.WriteLine("Say what to seed: ./grants seed --demo [--scale N]");
                return 2;
            }

            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            if (host.Services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                Console.Error.WriteLine("Refused: demo users and their known password never go into a Production database.");
                return 1;
            }

            var seeded = await host.InScope(async sp =>
            {
                await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                return await sp.GetRequiredService<DemoSeeder>().SeedAsync(result.GetValue(scale), new ConsoleProgress("seeding"), ct);
            });
            Console.WriteLine($"seeded {seeded.Townships} townships, {seeded.Communities} communities, {seeded.Units} units, {seeded.Users} demo users");
            return 0;
        });
        return command;
    }
}
