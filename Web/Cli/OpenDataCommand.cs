using System.CommandLine;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Web.Features.OpenData;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Cli;

/// <summary>`./grants opendata --out FILE`: the same file as /opendata/grants.json, for publishing it elsewhere.</summary>
internal static class OpenDataCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The JSON file to write (replaced if it exists)", Required = true };
        var command = new Command("opendata", "Write the open data file: projects and awards as a 360Giving grants package (JSON)") { output };
        command.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            return await host.InScope(sp => RunAsync(sp, result.GetValue(output)!.FullName, Console.Out, ct));
        });
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string path, TextWriter output, CancellationToken ct)
    {
        if ((await services.GetRequiredService<GrantsDbContext>().Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new OperatorException("the database is not migrated; check --data/--connection, or run ./grants migrate first.");
        }

        // Written beside the target and moved over it, so a failure never leaves half a file where the old one was.
        var partial = path + ".partial";
        int count;
        await using (var file = File.Create(partial))
        {
            count = await OpenDataWriter.WriteAsync(file, ActivatorUtilities.CreateInstance<OpenGrantsQuery>(services), ct);
        }

        File.Move(partial, path, overwrite: true);
        await output.WriteLineAsync($"opendata: {count} grants written to {path}");
        return 0;
    }
}
