using System.CommandLine;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;

namespace Grants.Web.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create the data folder and apply database migrations");
        command.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            var settings = host.Services.GetRequiredService<GrantsSettings>();
            var applied = await host.InScope(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct));
            Console.WriteLine(applied.Count == 0
                ? $"{settings.EngineName}: schema up to date"
                : $"{settings.EngineName}: applied {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }
}
