using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grants.Infrastructure;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grants.Web.Cli;

/// <summary>`./grants verify`: proves the books and the audit trail of the configured database; exit 1 names the first discrepancy.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var head = new Option<string?>("--head")
        {
            Description = "An audit head noted earlier, as SEQUENCE:HASH (verify prints it): also prove the trail still holds that record unchanged",
        };
        var command = new Command("verify",
            "Prove the books and the audit trail: every journal entry balances, debits equal credits, every pool's and project's account equals its records, " +
            "the audit records form an unbroken hash chain and every journal row is as its record posted it; exit 1 names the first discrepancy");
        command.Options.Add(head);
        command.SetAction(async (result, ct) =>
        {
            var anchor = result.GetValue(head) is { } text
                ? AuditAnchor.Parse(text) ?? throw new OperatorException("--head takes SEQUENCE:HASH, as verify printed it (e.g. 1234:9f86d0…, 64 hex digits).")
                : null;
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            var progress = new ConsoleProgress("verify");
            return await host.InScope(sp => RunAsync(sp, Console.Out, Console.Error, progress, ct, anchor));
        });
        return command;
    }

    /// <summary>The command's work, callable in-process: 0 when the books are right, 1 with the first discrepancy.</summary>
    internal static async Task<int> RunAsync(
        IServiceProvider services, TextWriter output, TextWriter error, ConsoleProgress? progress, CancellationToken ct, AuditAnchor? anchor = null)
    {
        var db = services.GetRequiredService<GrantsDbContext>();
        await EnsureMigratedAsync(db, ct);
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

        watch.Restart();
        var audit = await new AuditVerifier(db).VerifyAsync(anchor, progress, ct);
        progress?.Done();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"verify: checked {audit.Records:N0} audit records and {audit.JournalRows:N0} journal rows against them in {watch.Elapsed.TotalSeconds:0.00} s"));
        if (audit.Discrepancy is { } broken)
        {
            await error.WriteLineAsync($"DISCREPANCY: {Describe(broken)}");
            return 1;
        }

        // Noted down, the head lets a later `verify --head` prove that no record after it was cut off.
        await output.WriteLineAsync($"verify: audit head {new AuditAnchor(audit.HeadSequence, audit.HeadHash)}");
        await output.WriteLineAsync("OK");
        return 0;
    }

    internal static string Describe(AuditDiscrepancy discrepancy) => string.Format(
        CultureInfo.InvariantCulture, UiText.Catalogue.Find(discrepancy.Key, UiText.English) ?? discrepancy.Key, [.. discrepancy.Args]);

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
