using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grants.Web.Cli;

/// <summary>`./grants verify`: proves the books of the configured database; exit 1 names the first discrepancy.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify",
            "Prove the books: every journal entry balances, debits equal credits, every pool's and project's account equals its records; exit 1 names the first discrepancy");
        command.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            var progress = new ConsoleProgress("verify");
            return await host.InScope(sp => RunAsync(sp, Console.Out, Console.Error, progress, ct));
        });
        return command;
    }

    /// <summary>The command's work, callable in-process: 0 when the books are right, 1 with the first discrepancy.</summary>
    internal static async Task<int> RunAsync(
        IServiceProvider services, TextWriter output, TextWriter error, ConsoleProgress? progress, CancellationToken ct)
    {
        await EnsureMigratedAsync(services.GetRequiredService<GrantsDbContext>(), ct);
        var watch = Stopwatch.StartNew();
        var result = await services.GetRequiredService<LedgerVerifier>().VerifyAsync(progress, ct);
        progress?.Done();
        var c = result.Counts;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"verify: checked {c.Entries:N0} journal entries, {c.Lines:N0} lines, {c.Accounts:N0} accounts, {c.Pools:N0} pools, {c.Projects:N0} projects, {c.Reversals:N0} reversals in {watch.Elapsed.TotalSeconds:0.00} s"));
        await output.WriteLineAsync($"verify: total debits {result.TotalDebits}, total credits {result.TotalCredits}");
        if (result.Discrepancy is { } discrepancy)
        {
            await error.WriteLineAsync($"DISCREPANCY: {Describe(discrepancy)}");
            return 1;
        }

        await output.WriteLineAsync("OK");
        return 0;
    }

    /// <summary>The discrepancy in English, from the same text catalogue the trial balance page uses.</summary>
    internal static string Describe(LedgerDiscrepancy discrepancy) => string.Format(
        CultureInfo.InvariantCulture, UiText.Catalogue.Find(discrepancy.Key, UiText.English) ?? discrepancy.Key, [.. discrepancy.Args]);

    // Verify only reads: it never creates or migrates a database, so a wrong --data or --connection is said plainly.
    private static async Task EnsureMigratedAsync(GrantsDbContext db, CancellationToken ct)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct) || (await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new OperatorException("the database does not exist or is not migrated; check --data/--connection, or run ./grants migrate first.");
        }
    }
}
