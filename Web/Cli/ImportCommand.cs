using System.CommandLine;
using System.Globalization;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Web.Features.ProjectImport;
using Grants.Web.Features.ScoreImport;
using Grants.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Cli;

/// <summary>
/// `./grants import projects FILE [--township CODE]`: the import page's work for the operator, county-wide unless
/// --township confines it. `./grants import scores FILE --quarter 2026Q3 [--as USER]`: the score import page's.
/// Prints every problem (in Chinese, as the county's files are) and exits 1 with nothing written.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The filled-in county template (.xlsx)" };
        var township = new Option<string?>("--township") { Description = "Refuse rows of any other township (a township code such as T01)" };
        var projects = new Command("projects", "Register every project of a county template, or none when any row is wrong") { file, township };
        projects.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            return await host.InScope(sp => RunAsync(sp, result.GetValue(file)!, result.GetValue(township), Console.Out, Console.Error, ct));
        });
        return new Command("import", "Import data from the county's Excel templates") { projects, ScoresCommand() };
    }

    /// <summary>The command's work, callable in-process: 0 with the count imported, 1 with every problem and nothing written.</summary>
    internal static async Task<int> RunAsync(
        IServiceProvider services, FileInfo file, string? townshipCode, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var db = await OpenAsync(services, file, ct);
        if (townshipCode is not null && !await db.Townships.AnyAsync(t => t.Code == townshipCode, ct))
        {
            throw new OperatorException($"there is no township with the code {townshipCode}");
        }

        await using var stream = file.OpenRead();
        var imported = await ActivatorUtilities.CreateInstance<ImportProjectsHandler>(services).HandleAsync(stream, townshipCode, ct);
        if (!imported.Succeeded)
        {
            foreach (var problem in imported.Errors)
            {
                await error.WriteLineAsync(Describe(problem, UiText.Chinese));
            }

            await error.WriteLineAsync(Text("Import.Refused", imported.Errors.Count));
            return 1;
        }

        await output.WriteLineAsync(Text("Import.Imported", imported.Imported));
        return 0;
    }

    private static Command ScoresCommand()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The filled-in score template of the quarter (.xlsx)" };
        var quarter = new Option<string>("--quarter") { Description = "The quarter the scores are for, such as 2026Q3", Required = true };
        var by = new Option<string?>("--as") { Description = "The user named as the cards' assessor (default: system)" };
        var scores = new Command("scores", "Enter and complete the scorecards of a quarter's score template, or none when any row is wrong") { file, quarter, by };
        scores.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            return await host.InScope(sp => RunScoresAsync(
                sp, result.GetValue(file)!, result.GetValue(quarter)!, result.GetValue(by), Console.Out, Console.Error, ct));
        });
        return scores;
    }

    /// <summary>The scores command's work, callable in-process: 0 with the count imported, 1 with every problem and nothing written.</summary>
    internal static async Task<int> RunScoresAsync(
        IServiceProvider services, FileInfo file, string quarterText, string? enteredBy, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var quarter = Domain.Assessment.Quarter.TryParse(quarterText) ?? throw new OperatorException($"'{quarterText}' is not a quarter; write it like 2026Q3");
        var db = await OpenAsync(services, file, ct);
        if (enteredBy is not null && !await db.Users.AnyAsync(u => u.UserName == enteredBy, ct))
        {
            throw new OperatorException($"there is no user {enteredBy}");
        }

        await using var stream = file.OpenRead();
        var imported = await ActivatorUtilities.CreateInstance<ImportScoresHandler>(services).HandleAsync(stream, quarter, ct, enteredBy);
        if (!imported.Succeeded)
        {
            foreach (var problem in imported.Errors)
            {
                var where = problem.Row > 0 ? Text("ScoreImport.CliWhere", problem.Sheet, problem.Row) : Text("Import.WholeFile");
                var column = problem.Column is null ? "" : $" [{problem.ColumnName(UiText.Chinese)}]";
                await error.WriteLineAsync($"{where}{column}: {problem.Message(UiText.Chinese)}");
            }

            await error.WriteLineAsync(Text("ScoreImport.Refused", imported.Errors.Count));
            return 1;
        }

        await output.WriteLineAsync(Text("ScoreImport.Imported", quarter.ToString(), imported.Imported, imported.Created, imported.Updated));
        return 0;
    }

    private static async Task<GrantsDbContext> OpenAsync(IServiceProvider services, FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new OperatorException($"no file {file.FullName}");
        }

        var db = services.GetRequiredService<GrantsDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new OperatorException("the database is not migrated; check --data/--connection, or run ./grants migrate first.");
        }

        return db;
    }

    /// <summary>One line per problem: where (row, column), then what.</summary>
    internal static string Describe(ImportError problem, CultureInfo culture)
    {
        var where = problem.Row > 0 ? Text("Import.CliRow", problem.Row) : Text("Import.WholeFile");
        var column = problem.Column is null ? "" : $" [{problem.ColumnName(culture)}]";
        return $"{where}{column}: {problem.Message(culture)}";
    }

    private static string Text(string key, params object[] arguments) =>
        string.Format(UiText.Chinese, UiText.Catalogue.Find(key, UiText.Chinese) ?? key, arguments);
}
